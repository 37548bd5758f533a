// What a meta node's heartbeats report: the space of its store's file system, as its one target.
import { statfs } from 'node:fs/promises';
import type { hivefs } from '@hivefs/protocol';

/** Space and inodes of the file system holding `dir`, as this node's one TargetSpace. */
export async function storeSpace(dir: string, targetId: number): Promise<hivefs.ITargetSpace> {
  const s = await statfs(dir);
  return { targetId, totalBytes: s.blocks * s.bsize, freeBytes: s.bavail * s.bsize, totalInodes: s.files, freeInodes: s.ffree };
}

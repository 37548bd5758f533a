// What a meta node's heartbeats report: the space of its store's file system, as its one target.
import { diskSpace } from '@hivefs/common';
import type { hivefs } from '@hivefs/protocol';

/** Space and inodes of the file system holding `dir`, as this node's one TargetSpace. */
export async function storeSpace(dir: string, targetId: number): Promise<hivefs.ITargetSpace> {
  return { targetId, ...(await diskSpace(dir)) };
}

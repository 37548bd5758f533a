// The attributes of the directories a namespace change touched, sent back with its reply.
import type { hivefs } from '@hivefs/protocol';
import type { MetaStore } from '../store/meta-store.js';

/**
 * A directory's attributes as they are now (after the change just committed), or undefined
 * when they cannot be read (e.g. it was removed meanwhile): the reply is still a success.
 * Clients cache them so that the kernel's next stat of the directory, which follows every
 * create and remove in it, needs no round trip.
 */
export async function parentAttr(store: MetaStore, dirId: string): Promise<hivefs.IAttr | undefined> {
  try {
    // a directory held by another meta node is asked from it (this node's own copy of the
    // root, made at its first start, is not the root when another node owns it)
    return await store.attrAnywhere(dirId);
  } catch {
    return undefined;
  }
}

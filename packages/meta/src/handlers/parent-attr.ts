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
    return await store.getAttr(dirId);
  } catch {
    return undefined;
  }
}

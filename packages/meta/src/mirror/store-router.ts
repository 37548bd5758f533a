// Which store serves a request: the node's own, or the store of a meta buddy group this node is
// primary of, by the owner of the request's route id (its entry id, or the map for the root).
import { ErrCode, fail, groupOfOwner, isGroupOwner, ownerNodeOf, rootOwnerOf, ROOT_ENTRY_ID, type MapView } from '@hivefs/protocol';
import type { MetaStore } from '../store/meta-store.js';
import type { MetaMirror } from './meta-mirror.js';

/** What routing needs of meta mirroring (see {@link MetaMirror}). */
export type GroupStores = Pick<MetaMirror, 'groupStore' | 'rootStore' | 'servedStores'>;

/** What {@link StoreRouter} reads. */
export interface StoreRouterInit<M extends GroupStores = MetaMirror> {
  view: () => MapView | undefined;
  /** The node's own store once it is open. */
  own: () => MetaStore | undefined;
  /** Meta mirroring once it runs. */
  mirror: () => M | undefined;
}

/**
 * Routes by owner: a group owner to the group's store (NOT_PRIMARY when this node is not its
 * primary: the sender refreshes its map and goes to the primary; BUSY while it opens), any other
 * owner to the node's own store (entries of other nodes are remote there, as before mirroring).
 * The root's owner is the map's (rootOwnerOf). BUSY while the daemon is still starting.
 */
export class StoreRouter<M extends GroupStores = MetaMirror> {
  constructor(private readonly o: StoreRouterInit<M>) {}

  /** The store for `routeId`: the parent directory of a name operation, the entry otherwise. */
  forRoute(routeId: string): MetaStore {
    const own = this.o.own() ?? fail(ErrCode.BUSY, 'the meta service is still starting');
    const root = routeId === ROOT_ENTRY_ID;
    const owner = root ? rootOwnerOf(this.o.view()?.map) : ownerNodeOf(routeId);
    if (!isGroupOwner(owner)) return own;
    const mirror = this.mirror();
    return root ? mirror.rootStore(groupOfOwner(owner)) : mirror.groupStore(groupOfOwner(owner));
  }

  /** The node's own store (requests that need no namespace owner: statfs). */
  own(): MetaStore {
    return this.o.own() ?? fail(ErrCode.BUSY, 'the meta service is still starting');
  }

  /** Meta buddy mirroring; BUSY while the daemon is still starting. */
  mirror(): M {
    return this.o.mirror() ?? fail(ErrCode.BUSY, 'meta buddy mirroring is still starting');
  }

  /** Every store served now, the node's own first. */
  all(): MetaStore[] {
    return [this.own(), ...(this.o.mirror()?.servedStores() ?? [])];
  }
}

// Attributes of inodes held by other meta nodes, fetched in one request per owner.
import type { hivefs } from '@hivefs/protocol';
import type { StoreContext } from '../store/context.js';
import { isRemote, ownerIn, type PeerContext } from './remote.js';

/**
 * Fills `attr` of the entries whose inodes other nodes hold, asking each owner once for all of
 * its entries. An owner that cannot be reached leaves its entries without attributes (the
 * client then asks the owner itself), as do inodes the owner does not have.
 */
export async function attachRemoteAttrs(ctx: StoreContext, entries: hivefs.IDirEntry[]): Promise<void> {
  const byOwner = new Map<number, hivefs.IDirEntry[]>();
  for (const e of entries) {
    const id = e.entryId ?? '';
    if (e.attr || !isRemote(ctx, id)) continue;
    const owner = ownerIn(ctx as PeerContext, id);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), e]);
  }
  const peers = ctx.peers;
  if (!peers) return;
  await Promise.all([...byOwner].map(async ([owner, list]) => {
    try {
      const attrs = await peers.getAttrs(owner, list.map((e) => e.entryId ?? ''));
      list.forEach((e, i) => {
        const a = attrs[i];
        if (a?.entryId) e.attr = a;
      });
    } catch (err) {
      ctx.log.warn({ node: owner, err: (err as Error).message }, 'readdir: attributes from another meta node unavailable');
    }
  }));
}

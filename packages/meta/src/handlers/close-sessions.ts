// RPC closeSessions: ends several sessions of one client at once (closes with nothing left to report).
import { ErrCode, fail, type Rpc } from '@hivefs/protocol';
import { MAX_CLOSE_SESSIONS, type SessionRef } from '../store/close-sessions.js';
import type { MetaStore } from '../store/meta-store.js';
import type { HandlerFactory } from './deps.js';

/**
 * Handles Rpc.closeSessions. The client sends the sessions of one owner (a meta node or buddy
 * group) together; each store this node serves ends its share in one write. Untagged: ending a
 * session twice skips it the second time.
 */
export const closeSessions: HandlerFactory<typeof Rpc.closeSessions> = (d) => async (req) => {
  if (req.sessions.length > MAX_CLOSE_SESSIONS) fail(ErrCode.BAD_MESSAGE, `closeSessions: ${req.sessions.length} sessions in one request, at most ${MAX_CLOSE_SESSIONS}`);
  const byStore = new Map<MetaStore, SessionRef[]>();
  for (const s of req.sessions) {
    const entryId = s.entryId ?? '';
    const store = d.store(entryId);
    const refs = byStore.get(store) ?? [];
    refs.push({ entryId, handleId: Number(s.handleId ?? 0) });
    byStore.set(store, refs);
  }
  let closed = 0;
  let gone = 0;
  for (const [store, refs] of byStore) {
    const r = await store.closeSessions(req.clientId, refs);
    closed += r.closed;
    gone += r.gone;
  }
  return { closed, gone };
};

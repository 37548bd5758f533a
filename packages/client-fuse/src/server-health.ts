// Which server an RPC attempt goes to, and what the cluster map says of it: the failout fast path's source of truth.
import { ErrCode, HiveError, hivefs, metaGroup, storageGroup, type MapView } from '@hivefs/protocol';

/** A server an attempt is sent to: a storage target or a meta node. */
export interface Server {
  kind: 'storage' | 'meta';
  /** Target id (storage) or node id (meta). */
  id: number;
  /**
   * The buddy group the request is for: storage, a mirrored file's stripe; meta, the meta buddy
   * group owning the entry. `id` is then the group's primary as the map had it.
   */
  group?: number;
}

/** Above every target and node id (1..65535): meta nodes' keys start here. */
const META_KEY_BASE = 1 << 16;

/** A number naming a server uniquely (storage targets and meta nodes have separate id spaces). */
export function serverKey(s: Server): number {
  return s.kind === 'meta' ? META_KEY_BASE + s.id : s.id;
}

/** "storage target 101" or "meta node 1", for messages (a group's primary is named as its target). */
export function serverLabel(s: Server): string {
  return s.kind === 'meta' ? `meta node ${s.id}` : `storage target ${s.id}`;
}

/** What the failure policy asks about servers (tests inject their own). */
export interface ServerHealth {
  /** Why `server` is known to be down now, or undefined when it is not (Online, or not known). */
  downReason(server: Server): string | undefined;
  /**
   * Aborts `ac` (with a HiveError TARGET_OFFLINE as its reason) as soon as the map reports
   * `server` down; returns the function that stops watching. Call it when the attempt settles.
   */
  watch(server: Server, ac: AbortController): () => void;
  /**
   * Whether mgmtd can switch `server`'s buddy group over to its secondary (the secondary is
   * Online and Good): a mirrored request whose primary is down may wait for that. False for a
   * server that is not a group's primary.
   */
  canSwitch(server: Server): boolean;
}

const R = hivefs.Reachability;

/** The node type of a server's targets (meta nodes are targets of type META, id = node id). */
function typeOf(s: Server): hivefs.NodeType {
  return s.kind === 'meta' ? hivefs.NodeType.META : hivefs.NodeType.STORAGE;
}

/**
 * The reachability of servers as the client's cluster map has it. A server counts as down when
 * it is Offline, or Probably-offline after mgmtd had heard from it: right after a restart mgmtd
 * shows every server Probably-offline until its first heartbeat, which says nothing about it.
 * New maps arrive through heartbeat replies (mgmtd bumps the map version on every reachability
 * change), so a server that stops answering is down here about a heartbeat after mgmtd says so.
 */
export class MapHealth implements ServerHealth {
  private readonly watched = new Map<number, { server: Server; acs: Set<AbortController> }>();

  constructor(private readonly view: MapView) {
    view.on('map', () => this.check());
  }

  /**
   * As the interface says; for a buddy group's primary the reason also says whether the group
   * can switch over to its secondary or is down (then nothing serves it until an admin acts).
   */
  downReason(server: Server): string | undefined {
    const why = this.unreachable(server);
    if (why === undefined || server.group === undefined) return why;
    const secondary = this.groupOf(server)?.secondaryId ?? 0;
    const group = `${server.kind === 'meta' ? 'meta ' : ''}buddy group ${server.group}`;
    if (this.canSwitch(server)) return `${why}; ${group} waits for its secondary ${secondary} to take over`;
    return `${group} is down: ${why}, and its secondary ${secondary} ${this.secondaryState(server, secondary)}`;
  }

  canSwitch(server: Server): boolean {
    if (server.group === undefined) return false;
    const t = this.view.target(this.groupOf(server)?.secondaryId ?? 0, typeOf(server));
    return t?.reachability === R.ONLINE && t.consistency === hivefs.Consistency.GOOD;
  }

  /** The buddy group of a group's request (storage or meta, as the server is). */
  private groupOf(server: Server): hivefs.IBuddyGroup | undefined {
    const g = server.group ?? 0;
    return server.kind === 'meta' ? metaGroup(this.view.map, g) : storageGroup(this.view.map, g);
  }

  /** Why a secondary cannot take over, in words. */
  private secondaryState(server: Server, id: number): string {
    const t = this.view.target(id, typeOf(server));
    if (!t) return 'is not in the map';
    if (t.reachability !== R.ONLINE) return `is ${t.reachability === R.OFFLINE ? 'Offline' : 'not Online'}`;
    return `is ${t.consistency === hivefs.Consistency.NEEDS_RESYNC ? 'Needs-resync' : t.consistency === hivefs.Consistency.BAD ? 'Bad' : 'not Good'}`;
  }

  /** Why the map has `server` down (its own reachability), or undefined. */
  private unreachable(server: Server): string | undefined {
    const v = this.view;
    let r: hivefs.Reachability | null | undefined;
    let seen: number;
    if (server.kind === 'meta') {
      const n = v.node(hivefs.NodeType.META, server.id);
      r = n?.reachability;
      seen = Number(n?.lastSeenMs ?? 0);
    } else {
      const t = v.target(server.id);
      r = t?.reachability;
      seen = Number(v.node(hivefs.NodeType.STORAGE, t?.nodeId ?? 0)?.lastSeenMs ?? 0);
    }
    if (r === R.OFFLINE || (r === R.PROBABLY_OFFLINE && seen > 0)) {
      return `${serverLabel(server)} is ${r === R.OFFLINE ? 'Offline' : 'Probably-offline'} in map version ${v.version}`;
    }
    return undefined;
  }

  watch(server: Server, ac: AbortController): () => void {
    const key = serverKey(server);
    let w = this.watched.get(key);
    if (!w) this.watched.set(key, (w = { server, acs: new Set() }));
    w.acs.add(ac);
    return () => {
      w.acs.delete(ac);
      if (w.acs.size === 0 && this.watched.get(key) === w) this.watched.delete(key);
    };
  }

  private check(): void {
    for (const [key, w] of this.watched) {
      const why = this.downReason(w.server);
      if (why === undefined) continue;
      this.watched.delete(key);
      const err = new HiveError(ErrCode.TARGET_OFFLINE, `${why} (reported while the request was in flight)`);
      for (const ac of w.acs) ac.abort(err);
    }
  }
}

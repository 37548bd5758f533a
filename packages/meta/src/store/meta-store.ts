// The metadata store: every namespace operation as one atomic KV batch under entry locks.
import type { hivefs } from '@hivefs/protocol';
import { ReplyLedger, type TaggedOp } from '../exactly-once/ledger.js';
import { createHrClock } from './clock.js';
import { setAttr, type SetAttrArgs } from './attr-ops.js';
import { close, reportWrite, type WriteReport } from './close-ops.js';
import { closeSessions, type ClosedSessions, type SessionRef } from './close-sessions.js';
import type { StoreContext, StoreDeps } from './context.js';
import { create, open, type CreateArgs, type OpenResult } from './file-ops.js';
import { ChunkDisposer } from './disposer.js';
import { EntryIdAllocator } from './ids.js';
import { LockManager } from './locks.js';
import { getAttr, lookup, readdir, readlink, type ReaddirOptions } from './lookup-ops.js';
import { link, mkdir, mknod, rmdir, symlink, type MknodArgs } from './namespace-ops.js';
import { setPattern } from './pattern-ops.js';
import { closeSessionsOf, sessionCounts } from './reclaim-ops.js';
import { rename, type RenameArgs } from './rename-ops.js';
import { ensureRoot, purgeOrphans } from './startup.js';
import { statFs, type FsStats } from './statfs-ops.js';
import type { Cred, Pattern } from './types.js';
import { unlink } from './unlink-ops.js';
import { getXattr, listXattr, removeXattr, setXattr } from './xattr-ops.js';
import type { Inode } from './types.js';
import { checkId } from './validate.js';
import { isPending, listIntents } from '../intents/log.js';
import { holdAgain, markedIntents, peerAdjustLink, peerCreateDir, peerFenceStep, peerForget, type Fenced, peerGetAttrs, peerRemoveDir, peerSetParent } from '../intents/peer-ops.js';
import { peerRenameIn } from '../intents/peer-rename-in.js';
import type { RenameInArgs, RenameInResult } from '../intents/peers.js';
import { RecoveryRunner, recoveryPass, type PassResult } from '../intents/recovery.js';
import { isRemote, ownerIn, type PeerContext } from '../intents/remote.js';
import { pinIntent } from '../intents/pins.js';

/**
 * The namespace of one meta node over a KvStore. Methods validate their untrusted arguments
 * and throw HiveError with a code and a reason; they never open sockets (storage is reached
 * through the injected ChunkService).
 */
export class MetaStore {
  private readonly recovery: RecoveryRunner | undefined;

  /**
   * `ledger`: the stored replies of tagged requests (exactly once) in this store. `shared`: the
   * recovery runner of the store a per-request view ({@link forRequest}) is made from.
   */
  private constructor(private readonly ctx: StoreContext, readonly ledger: ReplyLedger, shared?: { recovery: RecoveryRunner | undefined }) {
    if (shared) {
      this.recovery = shared.recovery;
      return;
    }
    this.recovery = ctx.peers ? new RecoveryRunner(ctx as PeerContext) : undefined;
    ctx.kickRecovery = () => this.recovery?.nudge();
  }

  /** Opens the store: reserves this run's entry-id start seconds, loads the reply ledger's index. */
  static async open(deps: StoreDeps): Promise<MetaStore> {
    const ids = await EntryIdAllocator.open(deps.kv, deps.nodeId);
    const disposer = new ChunkDisposer({ kv: deps.kv, chunks: deps.chunks, log: deps.log });
    const ledger = await ReplyLedger.open(deps.kv, deps.wallClock);
    const store = new MetaStore({ ...deps, clock: deps.clock ?? createHrClock(), locks: new LockManager(), ids, disposer }, ledger);
    if (deps.peers) {
      // operations a crash interrupted keep what their recovery must find (intents/pins.ts), and
      // names put here for renames other nodes have not finished stay held (intents/peer-ops.ts)
      for (const i of await listIntents(store.ctx)) pinIntent(store.ctx, i);
      await holdAgain(store.ctx);
    }
    const resumed = await disposer.resume();
    if (resumed > 0) deps.log.info({ files: resumed }, 'resuming chunk removal of deleted files');
    return store;
  }

  /** Resolves when no chunk removal of deleted files is queued or running. */
  disposalsIdle(): Promise<void> {
    return this.ctx.disposer.idle();
  }

  /** Stops background chunk removal (what is left resumes at the next open). */
  stopDisposals(): void {
    this.ctx.disposer.stop();
  }

  /** This store for one tagged request: its final commit also stores the request's reply. */
  forRequest(op: TaggedOp): MetaStore {
    return new MetaStore({ ...this.ctx, op }, this.ledger, { recovery: this.recovery });
  }
  /** Starts the intent recovery runner (with peers only). */
  startRecovery(): void { this.recovery?.start(); }
  /** Asks the recovery runner for a pass soon (a peer may be back). */
  kickRecovery(): void { this.recovery?.kick(); }
  /** Stops the recovery runner. */
  async stopRecovery(): Promise<void> { await this.recovery?.stop(); }
  /**
   * Before the store serves: one recovery pass, waited for at most `maxMs` (a peer that does not
   * answer is left to the runner), so that in the usual case no client meets the names of an
   * operation a crash interrupted. Resolves with the pending intents left (-1: still running).
   */
  async recoverAtStart(maxMs: number): Promise<number> {
    if (!this.ctx.peers) return 0;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<number>((r) => (timer = setTimeout(() => r(-1), maxMs)));
    const pass = recoveryPass(this.ctx as PeerContext).then((r) => r.left, () => -1);
    try {
      return await Promise.race([pass, late]);
    } finally {
      clearTimeout(timer);
    }
  }
  /** One recovery pass now (tests). */
  recoveryPass(): Promise<PassResult> { return recoveryPass(this.ctx as PeerContext); }
  /** Pending intents of this coordinator. */
  async pendingIntents(): Promise<number> { return (await listIntents(this.ctx)).length; }
  /** Ids of remote intents this node keeps step markers of. */
  markedIntents(): Promise<string[]> { return markedIntents(this.ctx); }

  /** Peer step: creates a directory inode for an intent. */
  peerCreateDir(intentId: string, step: string, dir: Inode): Promise<void> { return peerCreateDir(this.ctx, intentId, step, dir); }
  /** Peer step: removes an empty directory inode. */
  peerRemoveDir(intentId: string, step: string, dirId: string): Promise<void> { return peerRemoveDir(this.ctx, intentId, step, dirId); }
  /** Peer step: adds or drops a link of an inode. */
  peerAdjustLink(intentId: string, step: string, entryId: string, delta: number, onlyIfStep: string): Promise<void> { return peerAdjustLink(this.ctx, intentId, step, entryId, delta, onlyIfStep); }
  /** Peer step: sets a directory's parent id. */
  peerSetParent(intentId: string, step: string, dirId: string, parentId: string): Promise<void> { return peerSetParent(this.ctx, intentId, step, dirId, parentId); }
  /** Peer step: the target side of a rename. */
  peerRenameIn(intentId: string, step: string, a: RenameInArgs): Promise<RenameInResult> { return peerRenameIn(this.ctx, intentId, step, a); }
  /** Attributes of inodes held here (undefined for missing). */
  peerGetAttrs(ids: readonly string[]): Promise<(hivefs.IAttr | undefined)[]> { return peerGetAttrs(this.ctx, ids); }
  /** Whether an intent of this coordinator is pending. */
  intentPending(intentId: string): Promise<boolean> { return isPending(this.ctx, checkId(intentId, 'peerIntentState')); }
  /** Drops the markers of a finished remote intent. */
  peerForget(intentId: string): Promise<void> { return peerForget(this.ctx, intentId); }
  /** Settles a step of a remote intent whose coordinator got no answer (peer-ops.ts). */
  peerFenceStep(intentId: string, step: string): Promise<Fenced> { return peerFenceStep(this.ctx, intentId, step); }

  /** Start-seconds of this run's entry ids. */
  get startSecs(): number {
    return this.ctx.ids.startSecs;
  }

  /** Creates the root directory with `pattern` unless it exists; true when it did. */
  ensureRoot(pattern: Pattern): Promise<boolean> { return ensureRoot(this.ctx, pattern); }
  /** Deletes orphans no session holds any more (start-time sweep); returns how many. */
  purgeOrphans(): Promise<{ purged: number; kept: number }> { return purgeOrphans(this.ctx); }

  /** Attributes of `name` in `parentId` (x on the parent). */
  lookup(cred: Cred, parentId: string, name: string): Promise<hivefs.IAttr> { return lookup(this.ctx, cred, parentId, name); }
  /** Attributes of an entry; live size for files open for writing. */
  getAttr(entryId: string): Promise<hivefs.IAttr> { return getAttr(this.ctx, entryId); }
  /** Attributes of an entry held here or, asked from it, by another meta node (undefined when missing). */
  async attrAnywhere(entryId: string): Promise<hivefs.IAttr | undefined> {
    if (!isRemote(this.ctx, entryId)) return getAttr(this.ctx, entryId);
    const [a] = await this.ctx.peers!.getAttrs(ownerIn(this.ctx as PeerContext, entryId), [entryId]);
    return a;
  }
  /** Changes mode/owner/size/times as `a.valid` says. */
  setAttr(cred: Cred, a: SetAttrArgs): Promise<hivefs.IAttr> { return setAttr(this.ctx, cred, a); }
  /** One page of a directory's entries after `o.after` (r on the directory). */
  readdir(cred: Cred, dirId: string, o: ReaddirOptions): Promise<{ entries: hivefs.IDirEntry[]; eof: boolean }> { return readdir(this.ctx, cred, dirId, o); }
  /** Target of a symlink. */
  readlink(entryId: string): Promise<string> { return readlink(this.ctx, entryId); }

  /** Creates a directory (w+x on the parent). */
  mkdir(cred: Cred, parentId: string, name: string, mode: number): Promise<hivefs.IAttr> { return mkdir(this.ctx, cred, parentId, name, mode); }
  /** Removes an empty directory. */
  rmdir(cred: Cred, parentId: string, name: string): Promise<void> { return rmdir(this.ctx, cred, parentId, name); }
  /** Creates a symlink. */
  symlink(cred: Cred, parentId: string, name: string, target: string): Promise<hivefs.IAttr> { return symlink(this.ctx, cred, parentId, name, target); }
  /** Creates a FIFO, socket or (root only) device file. */
  mknod(cred: Cred, a: MknodArgs): Promise<hivefs.IAttr> { return mknod(this.ctx, cred, a); }
  /** Adds a hard link to a non-directory. */
  link(cred: Cred, entryId: string, newParentId: string, newName: string): Promise<hivefs.IAttr> { return link(this.ctx, cred, entryId, newParentId, newName); }
  /** Removes a name of a non-directory; the inode goes at its last link and close. */
  unlink(cred: Cred, parentId: string, name: string): Promise<void> { return unlink(this.ctx, cred, parentId, name); }
  /** Renames or moves an entry, possibly replacing another. */
  rename(cred: Cred, a: RenameArgs): Promise<void> { return rename(this.ctx, cred, a); }

  /** Creates (or opens) a regular file, optionally with a session. */
  create(cred: Cred, a: CreateArgs): Promise<OpenResult> { return create(this.ctx, cred, a); }
  /** Opens an entry by id and creates a session. */
  open(cred: Cred, entryId: string, flags: number, clientId: number): Promise<OpenResult> { return open(this.ctx, cred, entryId, flags, clientId); }
  /** Ends a session, applying the reported size and mtime. */
  close(r: WriteReport): Promise<void> { return close(this.ctx, r); }
  /** Ends sessions of one client whose writes were all reported, in one write; see {@link closeSessions}. */
  closeSessions(clientId: number, refs: readonly SessionRef[]): Promise<ClosedSessions> { return closeSessions(this.ctx, clientId, refs); }
  /** Applies a reported size and mtime without closing. */
  reportWrite(r: WriteReport): Promise<hivefs.IAttr> { return reportWrite(this.ctx, r); }
  /** Open sessions per client id. */
  sessionCounts(): Promise<Map<number, number>> { return sessionCounts(this.ctx); }
  /** Closes every session of these clients as a close without size hint would; returns counts per client. */
  closeSessionsOf(clientIds: ReadonlySet<number>): Promise<Map<number, number>> { return closeSessionsOf(this.ctx, clientIds); }

  /** Sets an extended attribute. */
  setXattr(cred: Cred, entryId: string, name: string, value: Uint8Array, flags: number): Promise<void> { return setXattr(this.ctx, cred, entryId, name, value, flags); }
  /** Value of an extended attribute. */
  getXattr(cred: Cred, entryId: string, name: string): Promise<Uint8Array> { return getXattr(this.ctx, cred, entryId, name); }
  /** Names of an entry's extended attributes. */
  listXattr(cred: Cred, entryId: string): Promise<string[]> { return listXattr(this.ctx, cred, entryId); }
  /** Removes an extended attribute. */
  removeXattr(cred: Cred, entryId: string, name: string): Promise<void> { return removeXattr(this.ctx, cred, entryId, name); }

  /** Space and inodes summed over the answering storage targets. */
  statFs(): Promise<FsStats> { return statFs(this.ctx); }
  /** Sets a directory's default stripe pattern. */
  setPattern(cred: Cred, dirId: string, p: hivefs.IStripePattern | null | undefined): Promise<hivefs.IAttr> { return setPattern(this.ctx, cred, dirId, p); }
}

// File creation and opening: create (O_EXCL, O_TRUNC, optional open) and open by entry id.
import { ErrCode, fail, hivefs, isValidChunkSize } from '@hivefs/protocol';
import { presentAttr, toAttr } from './attrs.js';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import { truncateChunks } from './chunks.js';
import type { StoreContext } from './context.js';
import { newInode, touchedDir } from './inode-factory.js';
import { nameInDir, withResolvedLocks } from './locks.js';
import { accessForOpen, O_EXCL, O_TRUNC } from './open-flags.js';
import { isStripeType } from './pattern-ops.js';
import { afterWriteMode, checkAccess, W, X } from './permissions.js';
import { findDentry, mustDir, mustInode } from './reads.js';
import { addSession, supersedeSessionsInto } from './sessions.js';
import type { Cred, Inode, Pattern } from './types.js';
import { checkId, checkName } from './validate.js';
import { isRemote } from '../intents/remote.js';

/** Arguments of {@link create}. */
export interface CreateArgs {
  parentId: string;
  name: string;
  mode: number;
  flags: number;
  clientId: number;
  open: boolean;
}

/** Result of create and open. */
export interface OpenResult {
  attr: hivefs.IAttr;
  /** 0 when no session was made (directories, or create without open). */
  handleId: number;
  created: boolean;
}

/**
 * Creates a regular file (EXISTS with O_EXCL when the name is taken; otherwise the existing
 * entry is opened, honouring O_TRUNC). A new file takes its pattern from the parent with
 * target ids chosen now. With `open` a session is created and its handle returned.
 */
export async function create(ctx: StoreContext, cred: Cred, a: CreateArgs): Promise<OpenResult> {
  const what = 'create';
  checkId(a.parentId, what);
  checkName(a.name, what);
  const child = async (): Promise<string[]> => [(await findDentry(ctx, a.parentId, a.name))?.entryId ?? ''].filter(Boolean);
  return withResolvedLocks(ctx.locks, nameInDir(a.parentId, a.name), child, async () => {
    const parent = await mustDir(ctx, a.parentId, what);
    checkAccess(cred, parent, X, what);
    const d = await findDentry(ctx, a.parentId, a.name);
    if (d && a.flags & O_EXCL) fail(ErrCode.EXISTS, `${what}: '${a.name}' already exists in ${a.parentId}`);
    // a name of an inode another meta node holds (a hard link or a file renamed in): only that
    // node opens it, so the caller opens it by entry id there
    if (d && isRemote(ctx, d.entryId)) fail(ErrCode.EXISTS, `${what}: '${a.name}' in ${a.parentId} names ${d.entryId}, held by another meta node; open it by id`);
    if (d) return { ...(await openLocked(ctx, cred, await mustInode(ctx, d.entryId, what), a.flags, a.clientId, a.open, what)), created: false };
    checkAccess(cred, parent, W | X, what);
    return createLocked(ctx, cred, parent, a);
  });
}

async function createLocked(ctx: StoreContext, cred: Cred, parent: Inode, a: CreateArgs): Promise<OpenResult> {
  const now = ctx.clock.now();
  const file = newInode(ctx, cred, parent, { type: hivefs.EntryType.REGULAR, mode: a.mode, pattern: filePattern(ctx, parent) }, now);
  const b = new Batch().putInode(file).putDentry(parent.entryId, { name: a.name, entryId: file.entryId, type: file.type });
  const s = a.open ? await addSession(ctx, b, file.entryId, a.flags, a.clientId) : undefined;
  // Creates of other names in this directory run beside this one and write its times too: stamp
  // them right before the commit (no await in between), so commit order is time order.
  b.putInode(touchedDir(parent, ctx.clock.now()));
  return commitOp(ctx, b, { attr: toAttr(file, s?.write ? 1 : 0), handleId: s?.handleId ?? 0, created: true });
}

/**
 * The pattern of a new file in `dir`: the directory's default (numTargets as desired) with the
 * target ids (buddy group ids for BUDDY_MIRROR) chosen now, and why they are fewer when they are.
 */
function filePattern(ctx: StoreContext, dir: Inode): Pattern {
  const p = dir.pattern;
  if (!isStripeType(p.type) || !isValidChunkSize(p.chunkSize)) fail(ErrCode.INVALID_PATTERN, `create: directory ${dir.entryId} has no usable stripe pattern`);
  const { ids, shortfall } = ctx.chooseTargets(p);
  return { ...p, ids, ...(shortfall ? { shortfall } : {}) };
}

/** Opens an entry by id: access check by O_ACCMODE, O_TRUNC truncates, a session is created. */
export async function open(ctx: StoreContext, cred: Cred, entryId: string, flags: number, clientId: number): Promise<OpenResult> {
  const what = 'open';
  checkId(entryId, what);
  return ctx.locks.with([entryId], async () => {
    const r = await openLocked(ctx, cred, await mustInode(ctx, entryId, what), flags, clientId, true, what);
    return { ...r, created: false };
  });
}

/** Opens a locked inode; directories get no session (handle 0). */
async function openLocked(ctx: StoreContext, cred: Cred, i: Inode, flags: number, clientId: number, session: boolean, what: string): Promise<Omit<OpenResult, 'created'>> {
  checkAccess(cred, i, accessForOpen(i, flags, what), what);
  if (i.type !== hivefs.EntryType.REGULAR) return { attr: await presentAttr(ctx, i), handleId: 0 };
  let next = i;
  const b = new Batch();
  if (flags & O_TRUNC) {
    const chunkBlocks = await truncateChunks(ctx, i, 0);
    const now = ctx.clock.now();
    next = { ...i, size: 0, mtime: now, ctime: now, mode: afterWriteMode(cred, i.mode), chunkBlocks };
    b.putInode(next);
    await supersedeSessionsInto(ctx, b, i.entryId);
  }
  const s = session ? await addSession(ctx, b, i.entryId, flags, clientId, i.nlink === 0) : undefined;
  // the stored reply keeps the entry and handle; a replay presents the attributes anew (as an open would)
  await commitOp(ctx, b, { attr: toAttr(next), handleId: s?.handleId ?? 0 });
  return { attr: await presentAttr(ctx, next), handleId: s?.handleId ?? 0 };
}

// Directory stripe patterns: validation and setPattern (affects new entries only).
import { ErrCode, fail, hivefs, isValidChunkSize, isValidNumericId } from '@hivefs/protocol';
import { toAttr } from './attrs.js';
import { Batch } from './batch.js';
import { commitOp } from './commit.js';
import type { StoreContext } from './context.js';
import { checkOwner } from './permissions.js';
import { mustDir } from './reads.js';
import type { Cred, Pattern } from './types.js';
import { checkId } from './validate.js';

/** Most targets a pattern may ask for. */
export const MAX_PATTERN_TARGETS = 1024;

/**
 * A directory default pattern from untrusted input: RAID0 or BUDDY_MIRROR (then `numTargets`
 * counts buddy groups), a valid chunk size, 1..1024 targets, a pool id (0 keeps `poolDefault`).
 * Target ids are dropped.
 */
export function checkDirPattern(p: hivefs.IStripePattern | null | undefined, poolDefault: number, what: string): Pattern {
  if (!p) fail(ErrCode.INVALID_PATTERN, `${what}: no pattern given`);
  const type = p.type ?? 0;
  if (!isStripeType(type)) fail(ErrCode.INVALID_PATTERN, `${what}: pattern type ${type} is neither RAID0 nor BUDDY_MIRROR`);
  const chunkSize = p.chunkSize ?? 0;
  if (!isValidChunkSize(chunkSize)) fail(ErrCode.INVALID_PATTERN, `${what}: chunk size ${chunkSize} is not a power of two between 64 KiB and 1 GiB`);
  const numTargets = p.numTargets ?? 0;
  if (numTargets < 1 || numTargets > MAX_PATTERN_TARGETS) fail(ErrCode.INVALID_PATTERN, `${what}: number of targets ${numTargets} must be 1..${MAX_PATTERN_TARGETS}`);
  const pool = p.storagePoolId || poolDefault;
  if (!isValidNumericId(pool)) fail(ErrCode.INVALID_PATTERN, `${what}: storage pool ${pool} is not a valid id`);
  return { type, chunkSize, numTargets, ids: [], storagePoolId: pool };
}

/** Whether `type` is a pattern type files can be created with. */
export function isStripeType(type: number): boolean {
  return type === hivefs.PatternType.RAID0 || type === hivefs.PatternType.BUDDY_MIRROR;
}

/** Sets the default pattern of a directory (owner or root); existing files keep theirs. */
export async function setPattern(ctx: StoreContext, cred: Cred, dirId: string, p: hivefs.IStripePattern | null | undefined): Promise<hivefs.IAttr> {
  const what = 'setpattern';
  checkId(dirId, what);
  return ctx.locks.with([dirId], async () => {
    const dir = await mustDir(ctx, dirId, what);
    checkOwner(cred, dir, what);
    const pattern = checkDirPattern(p, dir.pattern.storagePoolId || 1, what);
    const next = { ...dir, pattern, ctime: ctx.clock.now() };
    return commitOp(ctx, new Batch().putInode(next), toAttr(next));
  });
}

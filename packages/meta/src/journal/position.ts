// A journal position: the seq of an entry and the epoch (primary run) that wrote it.
import { hex16 } from './keys.js';

/** Where a copy of a group's space stands: its last applied entry. seq 0 (epoch 0): nothing applied. */
export interface JournalPosition {
  seq: number;
  epoch: number;
}

/** The position of an empty space. */
export const ORIGIN: JournalPosition = { seq: 0, epoch: 0 };

/** Encodes a position as the ASCII text "<seq 16 hex>:<epoch 16 hex>". */
export function encodePosition(p: JournalPosition): Uint8Array {
  return Buffer.from(`${hex16(p.seq)}:${hex16(p.epoch)}`, 'latin1');
}

/** Decodes {@link encodePosition}'s text; undefined gives {@link ORIGIN}; throws on anything else. */
export function decodePosition(v: Uint8Array | undefined): JournalPosition {
  if (v === undefined) return ORIGIN;
  const m = /^([0-9A-F]{16}):([0-9A-F]{16})$/.exec(Buffer.from(v).toString('latin1'));
  const seq = m ? Number.parseInt(m[1]!, 16) : NaN;
  const epoch = m ? Number.parseInt(m[2]!, 16) : NaN;
  if (!Number.isSafeInteger(seq) || !Number.isSafeInteger(epoch)) throw new Error(`bad journal position record '${Buffer.from(v).toString('latin1')}'`);
  return { seq, epoch };
}

/** A fresh epoch for a primary run: a random 48-bit number, never 0. */
export function newEpoch(): number {
  return Math.floor(Math.random() * 0xffff_ffff_fffe) + 1;
}

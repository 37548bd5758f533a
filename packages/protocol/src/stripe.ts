// Stripe math shared by client, meta and storage: where each byte of a striped file lives.
//
// For chunk size C over N targets, byte `pos` is in stripe s = floor(pos / C), on target index
// s mod N, at offset floor(s / N) * C + pos mod C of that target's chunk file.

/** Where one file byte lives. */
export interface StripeLocation {
  stripe: number;
  targetIndex: number;
  chunkOffset: number;
}

/** A contiguous piece of a file range that lies in one chunk of one target. */
export interface StripePiece {
  targetIndex: number;
  chunkOffset: number;
  fileOffset: number;
  length: number;
  /** Offset of this piece within the requested range. */
  rangeOffset: number;
}

/** Largest file offset we handle exactly with JS numbers. */
export const MAX_FILE_SIZE = Number.MAX_SAFE_INTEGER;
export const MIN_CHUNK_SIZE = 64 * 1024;
export const DEFAULT_CHUNK_SIZE = 512 * 1024;
export const DEFAULT_NUM_TARGETS = 4;

/** Whether a chunk size is allowed: a power of two, at least 64 KiB, at most 1 GiB. */
export function isValidChunkSize(c: number): boolean {
  return Number.isInteger(c) && c >= MIN_CHUNK_SIZE && c <= 2 ** 30 && (c & (c - 1)) === 0;
}

/** Locates file byte `pos`. */
export function locate(pos: number, chunkSize: number, numTargets: number): StripeLocation {
  const stripe = Math.floor(pos / chunkSize);
  return {
    stripe,
    targetIndex: stripe % numTargets,
    chunkOffset: Math.floor(stripe / numTargets) * chunkSize + (pos % chunkSize),
  };
}

/** Splits the file range [offset, offset+length) into per-chunk pieces, in file order. */
export function splitRange(offset: number, length: number, chunkSize: number, numTargets: number): StripePiece[] {
  const pieces: StripePiece[] = [];
  let pos = offset;
  const end = offset + length;
  while (pos < end) {
    const loc = locate(pos, chunkSize, numTargets);
    const n = Math.min(end - pos, chunkSize - (pos % chunkSize));
    pieces.push({ targetIndex: loc.targetIndex, chunkOffset: loc.chunkOffset, fileOffset: pos, length: n, rangeOffset: pos - offset });
    pos += n;
  }
  return pieces;
}

/** Length of target `targetIndex`'s chunk file when the file is exactly `fileSize` bytes long. */
export function chunkFileLength(fileSize: number, chunkSize: number, numTargets: number, targetIndex: number): number {
  if (fileSize <= 0) return 0;
  const stripes = Math.ceil(fileSize / chunkSize);
  if (targetIndex >= stripes) return 0;
  const count = Math.floor((stripes - 1 - targetIndex) / numTargets) + 1;
  const lastStripe = targetIndex + (count - 1) * numTargets;
  if (lastStripe === stripes - 1) return (count - 1) * chunkSize + (fileSize - lastStripe * chunkSize);
  return count * chunkSize;
}

/** The file end implied by a chunk file of `chunkLength` bytes on target `targetIndex`. */
export function fileEndFromChunkLength(chunkLength: number, chunkSize: number, numTargets: number, targetIndex: number): number {
  if (chunkLength <= 0) return 0;
  const localStripe = Math.floor((chunkLength - 1) / chunkSize);
  const within = chunkLength - localStripe * chunkSize;
  return (localStripe * numTargets + targetIndex) * chunkSize + within;
}

/** The file size implied by the chunk lengths of all targets (index i = target index i). */
export function fileSizeFromChunkLengths(lengths: readonly number[], chunkSize: number): number {
  let size = 0;
  for (let i = 0; i < lengths.length; i++) size = Math.max(size, fileEndFromChunkLength(lengths[i] ?? 0, chunkSize, lengths.length, i));
  return size;
}

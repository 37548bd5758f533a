import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_NUM_TARGETS,
  MIN_CHUNK_SIZE,
  chunkFileLength,
  fileEndFromChunkLength,
  fileSizeFromChunkLengths,
  isValidChunkSize,
  locate,
  splitRange,
  type StripePiece,
} from './stripe.js';

const KiB = 1024;
const C = 64 * KiB;

/** Deterministic PRNG so that failures reproduce. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('constants', () => {
  it('defaults are the documented ones', () => {
    expect(DEFAULT_CHUNK_SIZE).toBe(512 * KiB);
    expect(DEFAULT_NUM_TARGETS).toBe(4);
    expect(MIN_CHUNK_SIZE).toBe(64 * KiB);
    expect(isValidChunkSize(DEFAULT_CHUNK_SIZE)).toBe(true);
  });
});

describe('isValidChunkSize', () => {
  it('accepts powers of two from 64 KiB to 1 GiB', () => {
    for (let c = 64 * KiB; c <= 2 ** 30; c *= 2) expect(isValidChunkSize(c), String(c)).toBe(true);
  });
  it('rejects everything else', () => {
    for (const c of [0, -1, -65536, 1, 4096, 32 * KiB, 64 * KiB - 1, 64 * KiB + 1, 3 * 64 * KiB, 96 * KiB, 2 ** 31, 2 ** 32, 2 ** 40, 65536.5, NaN, Infinity, -Infinity]) {
      expect(isValidChunkSize(c), String(c)).toBe(false);
    }
  });
});

describe('locate', () => {
  it('one target: every stripe on target 0, chunk offset = file offset', () => {
    for (const pos of [0, 1, C - 1, C, C + 1, 5 * C - 1, 5 * C, 123_456_789]) {
      const l = locate(pos, C, 1);
      expect(l.targetIndex).toBe(0);
      expect(l.chunkOffset).toBe(pos);
      expect(l.stripe).toBe(Math.floor(pos / C));
    }
  });

  it('at chunk boundaries and one before/after, 4 targets', () => {
    expect(locate(0, C, 4)).toEqual({ stripe: 0, targetIndex: 0, chunkOffset: 0 });
    expect(locate(C - 1, C, 4)).toEqual({ stripe: 0, targetIndex: 0, chunkOffset: C - 1 });
    expect(locate(C, C, 4)).toEqual({ stripe: 1, targetIndex: 1, chunkOffset: 0 });
    expect(locate(C + 1, C, 4)).toEqual({ stripe: 1, targetIndex: 1, chunkOffset: 1 });
    expect(locate(4 * C - 1, C, 4)).toEqual({ stripe: 3, targetIndex: 3, chunkOffset: C - 1 });
    // wraps around to target 0, second chunk-sized block of its file
    expect(locate(4 * C, C, 4)).toEqual({ stripe: 4, targetIndex: 0, chunkOffset: C });
    expect(locate(4 * C + 1, C, 4)).toEqual({ stripe: 4, targetIndex: 0, chunkOffset: C + 1 });
    expect(locate(9 * C + 7, C, 4)).toEqual({ stripe: 9, targetIndex: 1, chunkOffset: 2 * C + 7 });
  });

  it('7 targets', () => {
    expect(locate(6 * C + 5, C, 7)).toEqual({ stripe: 6, targetIndex: 6, chunkOffset: 5 });
    expect(locate(7 * C, C, 7)).toEqual({ stripe: 7, targetIndex: 0, chunkOffset: C });
    expect(locate(7 * C - 1, C, 7)).toEqual({ stripe: 6, targetIndex: 6, chunkOffset: C - 1 });
    expect(locate(15 * C, C, 7)).toEqual({ stripe: 15, targetIndex: 1, chunkOffset: 2 * C });
  });

  it('large offsets stay exact (beyond 32 bits)', () => {
    const chunk = 512 * KiB;
    const pos = 2 ** 40 + 12345; // 1 TiB + a bit
    const l = locate(pos, chunk, 4);
    const stripe = 2 ** 40 / chunk; // exact
    expect(l.stripe).toBe(stripe);
    expect(l.targetIndex).toBe(stripe % 4);
    expect(l.chunkOffset).toBe((stripe / 4) * chunk + 12345);
  });
});

describe('splitRange', () => {
  it('zero-length ranges give no pieces', () => {
    expect(splitRange(0, 0, C, 4)).toEqual([]);
    expect(splitRange(C, 0, C, 4)).toEqual([]);
    expect(splitRange(12345, 0, C, 7)).toEqual([]);
  });

  it('a range inside one chunk is one piece', () => {
    expect(splitRange(C + 10, 100, C, 4)).toEqual([{ targetIndex: 1, chunkOffset: 10, fileOffset: C + 10, length: 100, rangeOffset: 0 }]);
    expect(splitRange(0, C, C, 4)).toEqual([{ targetIndex: 0, chunkOffset: 0, fileOffset: 0, length: C, rangeOffset: 0 }]);
  });

  it('a range ending exactly at a boundary does not produce an empty piece', () => {
    const p = splitRange(C - 1, 1, C, 4);
    expect(p).toEqual([{ targetIndex: 0, chunkOffset: C - 1, fileOffset: C - 1, length: 1, rangeOffset: 0 }]);
  });

  it('one byte on each side of a boundary is two pieces on two targets', () => {
    expect(splitRange(C - 1, 2, C, 4)).toEqual([
      { targetIndex: 0, chunkOffset: C - 1, fileOffset: C - 1, length: 1, rangeOffset: 0 },
      { targetIndex: 1, chunkOffset: 0, fileOffset: C, length: 1, rangeOffset: 1 },
    ]);
  });

  it('spanning several stripes with 7 targets, wrapping around', () => {
    const off = 5 * C + 100;
    const len = 5 * C; // stripes 5..10
    const p = splitRange(off, len, C, 7);
    expect(p.map((x) => x.targetIndex)).toEqual([5, 6, 0, 1, 2, 3]);
    expect(p.map((x) => x.length)).toEqual([C - 100, C, C, C, C, 100]);
    expect(p.map((x) => x.chunkOffset)).toEqual([100, 0, C, C, C, C]);
    expect(p.map((x) => x.rangeOffset)).toEqual([0, C - 100, 2 * C - 100, 3 * C - 100, 4 * C - 100, 5 * C - 100]);
    expect(p.reduce((s, x) => s + x.length, 0)).toBe(len);
  });

  it('one target: pieces are chunk-aligned but contiguous in the chunk file', () => {
    const p = splitRange(10, 3 * C, C, 1);
    expect(p.map((x) => [x.chunkOffset, x.length])).toEqual([[10, C - 10], [C, C], [2 * C, C], [3 * C, 10]]);
  });

  it('random ranges: pieces tile the range, each inside one chunk, consistent with locate', () => {
    const rnd = prng(42);
    const chunk = 16;
    for (let iter = 0; iter < 800; iter++) {
      const n = 1 + Math.floor(rnd() * 7);
      const off = Math.floor(rnd() * 500);
      const len = Math.floor(rnd() * 300);
      const pieces = splitRange(off, len, chunk, n);
      let expectNext = off;
      let rangeOff = 0;
      for (const piece of pieces) {
        expect(piece.length).toBeGreaterThan(0);
        expect(piece.fileOffset).toBe(expectNext);
        expect(piece.rangeOffset).toBe(rangeOff);
        // within one chunk
        expect(Math.floor(piece.fileOffset / chunk)).toBe(Math.floor((piece.fileOffset + piece.length - 1) / chunk));
        const l = locate(piece.fileOffset, chunk, n);
        expect(piece.targetIndex).toBe(l.targetIndex);
        expect(piece.chunkOffset).toBe(l.chunkOffset);
        const lLast = locate(piece.fileOffset + piece.length - 1, chunk, n);
        expect(lLast.chunkOffset).toBe(piece.chunkOffset + piece.length - 1);
        expectNext += piece.length;
        rangeOff += piece.length;
      }
      expect(expectNext).toBe(off + len);
    }
  });
});

describe('chunkFileLength / fileEndFromChunkLength / fileSizeFromChunkLengths', () => {
  it('zero-size file has empty chunk files', () => {
    for (let i = 0; i < 7; i++) expect(chunkFileLength(0, C, 7, i)).toBe(0);
    expect(fileEndFromChunkLength(0, C, 7, 3)).toBe(0);
    expect(fileSizeFromChunkLengths([0, 0, 0, 0], C)).toBe(0);
    expect(fileSizeFromChunkLengths([], C)).toBe(0);
  });

  it('sizes at stripe boundaries and one before/after, 4 targets', () => {
    const n = 4;
    const lens = (size: number): number[] => Array.from({ length: n }, (_, i) => chunkFileLength(size, C, n, i));
    expect(lens(1)).toEqual([1, 0, 0, 0]);
    expect(lens(C - 1)).toEqual([C - 1, 0, 0, 0]);
    expect(lens(C)).toEqual([C, 0, 0, 0]);
    expect(lens(C + 1)).toEqual([C, 1, 0, 0]);
    expect(lens(4 * C - 1)).toEqual([C, C, C, C - 1]);
    expect(lens(4 * C)).toEqual([C, C, C, C]);
    expect(lens(4 * C + 1)).toEqual([C + 1, C, C, C]);
    // last partial stripe on target 2 of the third round
    expect(lens(10 * C + 5)).toEqual([3 * C, 3 * C, 2 * C + 5, 2 * C]);
    for (const size of [1, C - 1, C, C + 1, 4 * C - 1, 4 * C, 4 * C + 1, 10 * C + 5]) {
      expect(fileSizeFromChunkLengths(lens(size), C)).toBe(size);
    }
  });

  it('one target: the chunk file is the file', () => {
    for (const size of [0, 1, C - 1, C, C + 1, 7 * C + 3]) {
      expect(chunkFileLength(size, C, 1, 0)).toBe(size);
      expect(fileEndFromChunkLength(size, C, 1, 0)).toBe(size);
      expect(fileSizeFromChunkLengths([size], C)).toBe(size);
    }
  });

  it('7 targets, last partial stripe', () => {
    const size = 7 * C + 3 * C + 17; // second round, stripe 10 on target 3 is partial
    const lens = Array.from({ length: 7 }, (_, i) => chunkFileLength(size, C, 7, i));
    expect(lens).toEqual([2 * C, 2 * C, 2 * C, C + 17, C, C, C]);
    expect(fileEndFromChunkLength(C + 17, C, 7, 3)).toBe(size);
    expect(fileEndFromChunkLength(2 * C, C, 7, 2)).toBe(10 * C);
    expect(fileSizeFromChunkLengths(lens, C)).toBe(size);
  });

  it('fileEndFromChunkLength at chunk boundaries', () => {
    // target 1 of 4: its first block is stripe 1, its second block is stripe 5
    expect(fileEndFromChunkLength(1, C, 4, 1)).toBe(C + 1);
    expect(fileEndFromChunkLength(C - 1, C, 4, 1)).toBe(2 * C - 1);
    expect(fileEndFromChunkLength(C, C, 4, 1)).toBe(2 * C);
    expect(fileEndFromChunkLength(C + 1, C, 4, 1)).toBe(5 * C + 1);
  });

  it('a sparse file: only the farthest chunk file matters', () => {
    // a write of one byte at stripe 9 of 4 targets (target 1, its third block)
    expect(fileSizeFromChunkLengths([0, 2 * C + 1, 0, 0], C)).toBe(9 * C + 1);
    // target 3 written to its end and target 0 one byte further
    expect(fileSizeFromChunkLengths([C + 1, 0, 0, C], C)).toBe(4 * C + 1);
  });

  // Simulates the placement of every byte of files of every size 0..maxSize (chunk size scaled
  // down from 64 KiB; the functions accept any chunk size) and compares with the closed forms.
  it.each([
    [1, 4],
    [1, 8],
    [2, 8],
    [3, 4],
    [4, 8],
    [7, 4],
    [7, 8],
    [5, 1],
  ])('brute force: %i targets, chunk %i bytes, every size', (n, chunk) => {
    const maxSize = n * chunk * 4 + chunk + 3;
    for (let size = 0; size <= maxSize; size++) {
      const lengths = new Array<number>(n).fill(0);
      const seen = Array.from({ length: n }, () => new Set<number>());
      for (let pos = 0; pos < size; pos++) {
        const l = locate(pos, chunk, n);
        expect(seen[l.targetIndex]!.has(l.chunkOffset)).toBe(false); // no two bytes share a place
        seen[l.targetIndex]!.add(l.chunkOffset);
        lengths[l.targetIndex] = Math.max(lengths[l.targetIndex]!, l.chunkOffset + 1);
      }
      for (let i = 0; i < n; i++) {
        // chunk files of a fully written file have no holes
        expect(seen[i]!.size, `size ${size} target ${i}`).toBe(lengths[i]);
        expect(chunkFileLength(size, chunk, n, i), `size ${size} target ${i}`).toBe(lengths[i]);
        // each chunk file implies an end no further than the file's
        expect(fileEndFromChunkLength(lengths[i]!, chunk, n, i)).toBeLessThanOrEqual(size);
      }
      expect(fileSizeFromChunkLengths(lengths, chunk), `size ${size}`).toBe(size);
      // splitRange over the whole file covers exactly the simulated bytes
      const covered = splitRange(0, size, chunk, n).reduce((s, p) => s + p.length, 0);
      expect(covered).toBe(size);
    }
  });

  it.each([
    [1, 8],
    [3, 4],
    [7, 8],
  ])('brute force: fileEndFromChunkLength is one past the file byte at chunk offset L-1 (%i targets, chunk %i)', (n, chunk) => {
    // map (target, chunk offset) -> file position by walking the file
    const where = new Map<string, number>();
    const span = n * chunk * 5;
    for (let pos = 0; pos < span; pos++) {
      const l = locate(pos, chunk, n);
      where.set(`${l.targetIndex}:${l.chunkOffset}`, pos);
    }
    for (let i = 0; i < n; i++) {
      for (let len = 1; len <= chunk * 4; len++) {
        const pos = where.get(`${i}:${len - 1}`);
        expect(pos, `target ${i} len ${len}`).toBeDefined();
        expect(fileEndFromChunkLength(len, chunk, n, i), `target ${i} len ${len}`).toBe(pos! + 1);
      }
    }
  });

  it('fileSizeFromChunkLengths of arbitrary (sparse) chunk lengths is the farthest written byte + 1', () => {
    const rnd = prng(7);
    const chunk = 8;
    for (let iter = 0; iter < 500; iter++) {
      const n = 1 + Math.floor(rnd() * 7);
      // write random ranges and track the farthest byte and the chunk file lengths
      const lengths = new Array<number>(n).fill(0);
      let end = 0;
      const writes = Math.floor(rnd() * 4);
      for (let w = 0; w < writes; w++) {
        const off = Math.floor(rnd() * 200);
        const len = Math.floor(rnd() * 40);
        for (const p of splitRange(off, len, chunk, n)) lengths[p.targetIndex] = Math.max(lengths[p.targetIndex]!, p.chunkOffset + p.length);
        if (len > 0) end = Math.max(end, off + len);
      }
      expect(fileSizeFromChunkLengths(lengths, chunk)).toBe(end);
    }
  });

  it('real chunk size 64 KiB with 7 targets: spot check of sizes around every boundary in 3 rounds', () => {
    const n = 7;
    for (let s = 0; s <= 3 * n; s++) {
      for (const d of [-1, 0, 1]) {
        const size = s * C + d;
        if (size < 0) continue;
        const lens = Array.from({ length: n }, (_, i) => chunkFileLength(size, C, n, i));
        expect(lens.reduce((a, b) => a + b, 0)).toBe(size);
        expect(fileSizeFromChunkLengths(lens, C)).toBe(size);
        const pieces: StripePiece[] = splitRange(0, size, C, n);
        for (let i = 0; i < n; i++) {
          const mine = pieces.filter((p) => p.targetIndex === i);
          const chunkEnd = mine.length ? Math.max(...mine.map((p) => p.chunkOffset + p.length)) : 0;
          expect(chunkEnd).toBe(lens[i]);
        }
      }
    }
  });
});

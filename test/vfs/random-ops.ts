// A seeded random run of writes, reads and truncates on one file through several handles, checked against an in-memory model.
import { O, type Vfs } from '@hivefs/client-fuse';
import { ROOT, prng, readAll } from './helpers.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Options of {@link runRandomOps}. */
export interface RandomOpsInit {
  /** The client under test. */
  vfs: Vfs;
  /** Another client: reads the file through fresh handles after every handle was closed. */
  fresh: Vfs;
  path: string;
  seed: number;
  ops: number;
  maxSize: number;
}

/** How many operations of each kind ran. */
export interface RandomOpsReport {
  writes: number;
  appends: number;
  reads: number;
  truncates: number;
  reopens: number;
  fullChecks: number;
}

interface H {
  fh: number;
  append: boolean;
}

/** Runs the operations; throws on the first difference, naming seed, step and the recent operations. */
export async function runRandomOps(init: RandomOpsInit): Promise<RandomOpsReport> {
  const run = new RandomRun(init);
  try {
    await run.all();
  } catch (e) {
    throw new Error(`random run failed (seed ${init.seed}, step ${run.step}; rerun with HIVEFS_VFS_SEED=${init.seed}): ${(e as Error).message}\nlast operations:\n  ${run.recent.join('\n  ')}`, { cause: e });
  }
  return run.report;
}

class RandomRun {
  readonly report: RandomOpsReport = { writes: 0, appends: 0, reads: 0, truncates: 0, reopens: 0, fullChecks: 0 };
  readonly recent: string[] = [];
  step = 0;
  private readonly r: ReturnType<typeof prng>;
  private readonly model: Buffer;
  private size = 0;
  private handles: H[] = [];

  constructor(private readonly init: RandomOpsInit) {
    this.r = prng(init.seed);
    this.model = Buffer.alloc(init.maxSize);
  }

  async all(): Promise<void> {
    const { vfs, path } = this.init;
    const fh = await vfs.create(path, 0o644, O.RDWR | O.CREAT | O.EXCL, ROOT);
    this.handles.push({ fh, append: false });
    await this.openHandles(2);
    for (this.step = 0; this.step < this.init.ops; this.step++) await this.one();
    await this.fullCheck();
  }

  private async one(): Promise<void> {
    const p = this.r.next();
    if (p < 0.34) return this.write();
    if (p < 0.38) return this.append();
    if (p < 0.64) return this.read();
    if (p < 0.71) return this.sequentialReads();
    if (p < 0.79) return this.truncate();
    if (p < 0.85) return this.flush();
    if (p < 0.91) return this.reopen();
    if (p < 0.93) return this.fullCheck();
    return this.stat();
  }

  private note(s: string): void {
    this.recent.push(`#${this.step} ${s}`);
    if (this.recent.length > 15) this.recent.shift();
  }

  private pick(rw = true): H {
    const hs = rw ? this.handles.filter((h) => !h.append) : this.handles;
    return hs[this.r.int(hs.length)]!;
  }

  private randomLength(): number {
    const q = this.r.next();
    if (q < 0.55) return 1 + this.r.int(8 * KiB);
    if (q < 0.9) return 1 + this.r.int(256 * KiB);
    return 1 + this.r.int(3 * MiB / 2);
  }

  private async write(): Promise<void> {
    const h = this.pick();
    const len = Math.min(this.randomLength(), this.init.maxSize - 1);
    const hole = this.r.next() < 0.25;
    const maxOff = Math.max(0, Math.min(hole ? this.size + MiB : this.size, this.init.maxSize - len));
    const off = this.r.int(maxOff + 1);
    const data = this.r.fill(Buffer.allocUnsafe(len));
    const split = len > 128 * KiB && this.r.next() < 0.5;
    this.note(`write fh=${h.fh} off=${off} len=${len}${split ? ' (128K pieces)' : ''}`);
    await this.writeAt(h.fh, data, off, split);
    data.copy(this.model, off);
    this.size = Math.max(this.size, off + len);
    this.report.writes++;
  }

  private async writeAt(fh: number, data: Buffer, off: number, split: boolean): Promise<void> {
    const step = split ? 128 * KiB : data.length;
    for (let o = 0; o < data.length; o += step) {
      const piece = data.subarray(o, Math.min(o + step, data.length));
      const n = await this.init.vfs.write(fh, piece, piece.length, off + o);
      if (n !== piece.length) throw new Error(`write returned ${n}, expected ${piece.length}`);
    }
  }

  private async append(): Promise<void> {
    let h = this.handles.find((x) => x.append);
    if (!h) {
      h = { fh: await this.init.vfs.open(this.init.path, O.WRONLY | O.APPEND, ROOT), append: true };
      this.handles.push(h);
    }
    const len = Math.min(1 + this.r.int(200 * KiB), this.init.maxSize - this.size);
    if (len <= 0) return;
    const data = this.r.fill(Buffer.allocUnsafe(len));
    this.note(`append fh=${h.fh} len=${len} (size ${this.size}); position argument 0 must be ignored`);
    await this.writeAt(h.fh, data, 0, false);
    data.copy(this.model, this.size);
    this.size += len;
    this.report.appends++;
  }

  private async read(): Promise<void> {
    const h = this.pick();
    const off = this.r.int(this.size + 64 * KiB + 1);
    const len = 1 + this.r.int(this.r.next() < 0.8 ? 256 * KiB : 2 * MiB);
    this.note(`read fh=${h.fh} off=${off} len=${len} (size ${this.size})`);
    await this.readAndCompare(h.fh, off, len);
  }

  private async sequentialReads(): Promise<void> {
    const h = this.pick();
    let off = this.r.int(Math.max(1, this.size));
    const n = 4 + this.r.int(9);
    const len = (1 + this.r.int(2)) * 64 * KiB;
    this.note(`sequential reads fh=${h.fh} from ${off}: ${n} x ${len} (size ${this.size})`);
    for (let i = 0; i < n; i++, off += len) await this.readAndCompare(h.fh, off, len);
  }

  private async readAndCompare(fh: number, off: number, len: number): Promise<void> {
    const buf = Buffer.alloc(len, 0xa5);
    const n = await this.init.vfs.read(fh, buf, len, off);
    this.expectSame(buf, n, off, len, `read fh=${fh}`);
    this.report.reads++;
  }

  private expectSame(got: Buffer, n: number, off: number, len: number, what: string): void {
    const want = Math.max(0, Math.min(len, this.size - off));
    if (n !== want) throw new Error(`${what} at ${off} returned ${n} bytes, expected ${want} (size ${this.size})`);
    const exp = this.model.subarray(off, off + n);
    if (got.subarray(0, n).equals(exp)) return;
    let i = 0;
    while (got[i] === exp[i]) i++;
    throw new Error(`${what}: byte ${off + i} is ${got[i]}, expected ${exp[i]} (read of ${len} at ${off}, size ${this.size})`);
  }

  private async truncate(): Promise<void> {
    const q = this.r.next();
    const size = q < 0.4 ? this.r.int(this.size + 1) : q < 0.7 ? this.r.int(this.init.maxSize + 1) : 64 * KiB * this.r.int(this.init.maxSize / (64 * KiB) + 1);
    const how = this.r.next();
    if (how < 0.1) {
      this.note(`open O_TRUNC (size ${this.size})`);
      this.handles.push({ fh: await this.init.vfs.open(this.init.path, O.RDWR | O.TRUNC, ROOT), append: false });
      this.setSize(0);
    } else if (how < 0.55) {
      this.note(`truncate path to ${size} (size ${this.size})`);
      await this.init.vfs.truncate(this.init.path, size, ROOT);
      this.setSize(size);
    } else {
      const h = this.pick();
      this.note(`ftruncate fh=${h.fh} to ${size} (size ${this.size})`);
      await this.init.vfs.ftruncate(h.fh, size);
      this.setSize(size);
    }
    this.report.truncates++;
  }

  private setSize(size: number): void {
    if (size < this.size) this.model.fill(0, size, this.size);
    this.size = size;
  }

  private async flush(): Promise<void> {
    const h = this.pick(false);
    const sync = this.r.next() < 0.3;
    this.note(`${sync ? 'fsync' : 'flush'} fh=${h.fh}`);
    if (sync) await this.init.vfs.fsync(h.fh, false);
    else await this.init.vfs.flush(h.fh);
  }

  private async reopen(): Promise<void> {
    const i = this.r.int(this.handles.length);
    const h = this.handles[i]!;
    this.note(`release fh=${h.fh}, open a new handle`);
    await this.init.vfs.release(h.fh);
    this.handles.splice(i, 1);
    await this.openHandles(3 - this.handles.filter((x) => !x.append).length);
    this.report.reopens++;
  }

  private async openHandles(n: number): Promise<void> {
    for (let i = 0; i < n; i++) this.handles.push({ fh: await this.init.vfs.open(this.init.path, O.RDWR, ROOT), append: false });
  }

  private async stat(): Promise<void> {
    this.note(`getattr (size ${this.size})`);
    const st = await this.init.vfs.getattr(this.init.path, ROOT);
    if (st.size !== this.size) throw new Error(`getattr size ${st.size}, expected ${this.size}`);
  }

  /** Closes every handle, reads the whole file through another client, then opens new handles. */
  private async fullCheck(): Promise<void> {
    this.note(`release all; full read through another client (size ${this.size})`);
    for (const h of this.handles) await this.init.vfs.release(h.fh);
    this.handles = [];
    const { fresh, path } = this.init;
    const fh = await fresh.open(path, O.RDONLY, ROOT);
    const st = await fresh.fgetattr(fh, ROOT);
    if (st.size !== this.size) throw new Error(`size after close is ${st.size}, expected ${this.size}`);
    const all = await readAll(fresh, fh, this.size);
    await fresh.release(fh);
    this.expectSame(all, all.length, 0, this.size, 'full read after close');
    await this.openHandles(3);
    this.report.fullChecks++;
  }
}

// The logs of test/cluster/fixtures/meta-writer.mjs: parsing, replaying them into the namespace
// they promise, and comparing that with what a walk of the mount shows (lost, resurrected,
// unexpected and changed entries).

/** One entry as a walk shows it (meta-writer.mjs --walk). */
export type WalkEntry = { type: 'dir' } | { type: 'file'; content: string } | { type: 'other' };
/** Entries by path relative to the walked directory. */
export type Namespace = Record<string, WalkEntry>;

/** One successful operation of a writer's log. */
export interface LoggedOp {
  n: number;
  op: 'create' | 'rename' | 'unlink' | 'mkdir';
  args: string[];
  ms: number;
}

/** A parsed log: the operations in order, whether it ended with `stopped`, and its error line. */
export interface WriterLog {
  ops: LoggedOp[];
  stopped: boolean;
  /** Whether the last `paused` line has no `resumed` after it (the writer waits for its pause file to go). */
  paused: boolean;
  error?: string;
}

const ARITY = { create: 2, rename: 2, unlink: 1, mkdir: 1 } as const;

/** Parses a writer's log; throws on a line the writer never writes (a torn or foreign line). */
export function parseWriterLog(text: string): WriterLog {
  const out: WriterLog = { ops: [], stopped: false, paused: false };
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line.startsWith('error ')) {
      out.error = line;
      continue;
    }
    const parts = line.split(' ');
    if (parts[0] === 'stopped' && parts.length === 2) {
      out.stopped = true;
      continue;
    }
    if (parts[0] === 'paused' && Number(parts[1]) === out.ops.length) {
      out.paused = true;
      continue;
    }
    if (line === 'resumed') {
      out.paused = false;
      continue;
    }
    const op = parts[1] as LoggedOp['op'];
    const arity = ARITY[op];
    if (arity === undefined || parts.length !== arity + 3) throw new Error(`not a writer log line: ${JSON.stringify(line)}`);
    const n = Number(parts[0]);
    if (n !== out.ops.length + 1) throw new Error(`operation ${n} follows ${out.ops.length} in the log: ${JSON.stringify(line)}`);
    out.ops.push({ n, op, args: parts.slice(2, 2 + arity), ms: Number(parts[parts.length - 1]) });
  }
  return out;
}

/**
 * The namespace a writer's successful operations leave, by path relative to its directory.
 * Throws when the log contradicts itself (an operation on an entry it does not have, or a
 * create over an existing one): such a log was not written by one successful run.
 */
export function replay(ops: readonly LoggedOp[]): Namespace {
  const ns: Namespace = {};
  const need = (p: string, what: string): WalkEntry => {
    const e = ns[p];
    if (!e) throw new Error(`operation ${what} on ${p}, which the log does not have`);
    return e;
  };
  const free = (p: string, what: string): void => {
    if (ns[p]) throw new Error(`operation ${what} makes ${p}, which exists already`);
    const parent = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
    if (parent && ns[parent]?.type !== 'dir') throw new Error(`operation ${what} makes ${p} in a directory the log does not have`);
  };
  for (const o of ops) {
    const what = `${o.n} ${o.op}`;
    if (o.op === 'create') {
      free(o.args[0]!, what);
      ns[o.args[0]!] = { type: 'file', content: o.args[1]! };
    } else if (o.op === 'mkdir') {
      free(o.args[0]!, what);
      ns[o.args[0]!] = { type: 'dir' };
    } else if (o.op === 'unlink') {
      if (need(o.args[0]!, what).type !== 'file') throw new Error(`operation ${what} on a directory`);
      delete ns[o.args[0]!];
    } else {
      const e = need(o.args[0]!, what);
      if (e.type !== 'file') throw new Error(`operation ${what} moves a directory`);
      free(o.args[1]!, what);
      delete ns[o.args[0]!];
      ns[o.args[1]!] = e;
    }
  }
  return ns;
}

/** Paths a log once had and then removed (unlinked or renamed away) and does not have at the end. */
export function removedPaths(ops: readonly LoggedOp[]): Set<string> {
  const gone = new Set<string>();
  for (const o of ops) {
    if (o.op === 'unlink' || o.op === 'rename') gone.add(o.args[0]!);
    if (o.op === 'create' || o.op === 'mkdir') gone.delete(o.args[0]!);
    if (o.op === 'rename') gone.delete(o.args[1]!);
  }
  return gone;
}

/** How a walked namespace differs from the one a log promises; every list empty when they agree. */
export interface NamespaceDiff {
  /** In the log's namespace, missing from the walk. */
  lost: string[];
  /** In the walk although the log removed them (an unlink or rename undone, or run twice at an old name). */
  resurrected: string[];
  /** In the walk and never made by the log (e.g. a create run twice under a second name). */
  unexpected: string[];
  /** In both, with another type or content (`path: want ... got ...`). */
  changed: string[];
}

/** Compares the namespace a log promises with a walk of the writer's directory. */
export function compareNamespace(ops: readonly LoggedOp[], walked: Namespace): NamespaceDiff {
  const want = replay(ops);
  const gone = removedPaths(ops);
  const diff: NamespaceDiff = { lost: [], resurrected: [], unexpected: [], changed: [] };
  for (const [p, e] of Object.entries(want)) {
    const got = walked[p];
    if (!got) diff.lost.push(p);
    else if (JSON.stringify(got) !== JSON.stringify(e)) diff.changed.push(`${p}: want ${JSON.stringify(e)} got ${JSON.stringify(got)}`);
  }
  for (const p of Object.keys(walked)) {
    if (want[p]) continue;
    (gone.has(p) ? diff.resurrected : diff.unexpected).push(p);
  }
  for (const list of Object.values(diff) as string[][]) list.sort();
  return diff;
}

/** Counts of each operation in a log. */
export function opCounts(ops: readonly LoggedOp[]): Record<LoggedOp['op'], number> {
  const c = { create: 0, rename: 0, unlink: 0, mkdir: 0 };
  for (const o of ops) c[o.op]++;
  return c;
}

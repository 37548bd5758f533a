// What bench/fuse-bench.mjs collects and prints: values per test and side over the rounds, and
// the Markdown tables made of their medians (a row per file system, a column per test).

/** The columns of the main table, in order. */
export const TESTS = [
  { key: 'w1', head: 'write 1 job', unit: 'MB/s' },
  { key: 'w4', head: 'write 4 jobs', unit: 'MB/s' },
  { key: 'r1', head: 'read 1 job', unit: 'MB/s' },
  { key: 'r4', head: 'read 4 jobs', unit: 'MB/s' },
  { key: 'rand', head: '4 KiB rand read', unit: 'IOPS' },
  { key: 'create', head: 'create', unit: 'ops/s' },
  { key: 'stat', head: 'stat', unit: 'ops/s' },
  { key: 'read', head: 'open-read-close', unit: 'ops/s' },
  { key: 'unlink', head: 'unlink', unit: 'ops/s' },
];

export const median = (a) => {
  if (!a?.length) return undefined;
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const num = (v) => (v === undefined ? '-' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));

/** Values of every round: test -> side -> numbers; CPU of the metadata phases: side -> phase -> process -> seconds per round. */
export class Results {
  values = new Map();
  metaCpu = new Map();
  metaOps = 0;
  /** CPU seconds per test and side, summed over the rounds: `${test}|${side}` -> { test, side, by: { process: s } }. */
  testCpu = new Map();

  add(test, side, value) {
    if (!this.values.has(test)) this.values.set(test, new Map());
    const m = this.values.get(test);
    m.set(side, [...(m.get(side) ?? []), value]);
  }

  get(test, side) {
    return this.values.get(test)?.get(side);
  }

  addMetaCpu(side, ops, cpu) {
    this.metaOps = ops;
    const bySide = this.metaCpu.get(side) ?? {};
    for (const [phase, procs] of Object.entries(cpu)) {
      for (const [p, s] of Object.entries(procs)) ((bySide[phase] ??= {})[p] ??= []).push(s);
    }
    this.metaCpu.set(side, bySide);
  }

  addTestCpu(test, side, delta) {
    const c = this.testCpu.get(`${test}|${side}`) ?? { test, side, by: {} };
    for (const [p, s] of Object.entries(delta)) c.by[p] = (c.by[p] ?? 0) + s;
    this.testCpu.set(`${test}|${side}`, c);
  }
}

/** A Markdown table; the first `textColumns` columns left-aligned, the rest right-aligned. */
function table(head, rows, textColumns = 1) {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < textColumns ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The columns with values (tests left out with --tests have none). */
const columns = (results) => TESTS.filter((t) => results.values.has(t.key));
const testHead = (cols) => ['file system', ...cols.map((t) => `${t.head} (${t.unit})`)];

/** Medians, a row per side. */
export function mediansTable(results, sides) {
  const cols = columns(results);
  return table(testHead(cols), sides.map((s) => [s.label, ...cols.map((t) => num(median(results.get(t.key, s.key))))]));
}

/** Lowest and highest value of the rounds, a row per side. */
export function rangesTable(results, sides) {
  const cols = columns(results);
  return table(testHead(cols), sides.map((s) => [s.label, ...cols.map((t) => {
    const a = results.get(t.key, s.key);
    return a?.length ? `${num(Math.min(...a))}–${num(Math.max(...a))}` : '-';
  })]));
}

/** Each HiveFS engine's medians over those of every --also file system and the trivial FUSE one. */
export function ratiosTable(results, sides) {
  const rows = [];
  const cols = columns(results);
  for (const h of sides.filter((s) => s.kind === 'hivefs')) {
    for (const o of sides.filter((s) => s.kind === 'also' || s.kind === 'trivial')) {
      rows.push([`${h.label} / ${o.label}`, ...cols.map((t) => {
        const a = median(results.get(t.key, h.key));
        const b = median(results.get(t.key, o.key));
        return a !== undefined && b ? (a / b).toFixed(2) : '-';
      })]);
    }
  }
  return rows.length ? table(['ratio of medians', ...cols.map((t) => t.head)], rows) : '';
}

/** CPU microseconds per operation of each counted process in each metadata phase (median of the rounds). */
export function metaCpuTable(results, sides) {
  const rows = [];
  for (const s of sides) {
    const bySide = results.metaCpu.get(s.key);
    if (!bySide || Object.keys(s.procs).length === 0) continue;
    for (const [phase, procs] of Object.entries(bySide)) {
      const us = Object.entries(procs).map(([p, a]) => [p, (median(a) / results.metaOps) * 1e6]);
      const total = us.reduce((x, [, v]) => x + v, 0);
      rows.push([s.label, phase, us.map(([p, v]) => `${p} ${Math.round(v)}`).join(' · '), String(Math.round(total))]);
    }
  }
  return rows.length ? table(['file system', 'phase', 'CPU µs per operation, per process', 'total µs'], rows, 3) : '';
}

/** CPU seconds of the counted processes per test (mean of the rounds), one line per test and side. */
export function testCpuLines(results, rounds) {
  return [...results.testCpu.values()]
    .filter((c) => Object.keys(c.by).length)
    .map((c) => `  ${c.test.padEnd(16)} ${c.side.padEnd(18)} ${Object.entries(c.by).map(([k, s]) => `${k} ${(s / rounds).toFixed(2)}`).join('  ')}`);
}

#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): where the sampled time went, by function and by
// file or package (self time), so a profile of hivefs-client can be read without DevTools.
//
//   node bench/cpuprofile-top.mjs <file.cpuprofile> [--top 25] [--total] [--last SECONDS]
// --total adds time by function including its callees (each sample counted once per function).
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
// --last S: only the samples of the profile's final S seconds (e.g. the last phase of a benchmark)
const lastArg = process.argv.indexOf('--last');
const lastUs = lastArg > 0 ? Number(process.argv[lastArg + 1]) * 1e6 : Infinity;
const at = [];
for (let i = 0, t = 0; i < prof.samples.length; i++) at.push((t += prof.timeDeltas[i] ?? 0));
const from = (at[at.length - 1] ?? 0) - lastUs;
const self = new Map();
for (let i = 0; i < prof.samples.length; i++) if (at[i] >= from) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** Where a frame's code lives: a package of ours, node_modules package, node internals, or a VM pseudo-frame. */
function area(url, fn) {
  if (!url) return `(${fn || 'native'})`;
  const ours = /packages\/([^/]+)\/dist\/(.*)$/.exec(url);
  if (ours) return `@hivefs/${ours[1]}/${ours[2]}`;
  const mod = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (mod) return `npm:${mod[1]}`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}

const byFn = new Map();
const byArea = new Map();
for (const [id, us] of self) {
  const { functionName: fn, url, lineNumber } = byId.get(id).callFrame;
  const a = area(url, fn);
  const key = `${fn || '(anonymous)'}  ${a}:${lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  byArea.set(a, (byArea.get(a) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms`;
console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled`);
console.log('\nself time by file / package:');
for (const [k, us] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
console.log('\nself time by function:');
for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);

if (process.argv.includes('--total')) {
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName: fn, url, lineNumber } = byId.get(at).callFrame;
      const key = `${fn || '(anonymous)'}  ${area(url, fn)}:${lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + us);
    }
  }
  console.log('\ntotal time by function (with callees):');
  for (const [k, us] of [...incl].filter(([k]) => !k.startsWith('(root)') && !k.includes('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
}

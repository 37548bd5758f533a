#!/usr/bin/env node
// Generates gen/proto.{js,d.ts} from proto/*.proto with protobufjs-cli. The generated files are
// committed; `--check` regenerates into a temporary directory and fails if they differ.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(pkgDir, '..', '..', 'package.json'));
const cliDir = dirname(require.resolve('protobufjs-cli/package.json'));
const pbjs = join(cliDir, 'bin', 'pbjs');
const pbts = join(cliDir, 'bin', 'pbts');

const check = process.argv.includes('--check');
const protoDir = join(pkgDir, 'proto');
const protos = readdirSync(protoDir).filter((f) => f.endsWith('.proto')).sort().map((f) => join(protoDir, f));
const outDir = check ? mkdtempSync(join(tmpdir(), 'hivefs-gen-')) : join(pkgDir, 'gen');

const js = join(outDir, 'proto.js');
const dts = join(outDir, 'proto.d.ts');
execFileSync(process.execPath, [pbjs, '-t', 'static-module', '-w', 'es6', '--force-number',
  '--no-delimited', '--no-service', '--no-typeurl', '--no-verify', '-p', protoDir, '-o', js, ...protos], { stdio: 'inherit' });
// protobufjs emits a namespace import of its CommonJS runtime; Node's ESM loader needs the default import.
// 64-bit fields are declared as numbers (--force-number); the runtime must decode them so too.
writeFileSync(js, readFileSync(js, 'utf8').replace('import * as $protobuf from "protobufjs/minimal"',
  'import $protobuf from "protobufjs/minimal.js";\n\n// Decode 64-bit integers as JS numbers, never Long objects.\n$protobuf.util.Long = undefined;\n$protobuf.configure()'));
execFileSync(process.execPath, [pbts, '-o', dts, js], { stdio: 'inherit' });

if (check) {
  let stale = [];
  for (const f of ['proto.js', 'proto.d.ts']) {
    const want = readFileSync(join(outDir, f), 'utf8');
    let have = '';
    try { have = readFileSync(join(pkgDir, 'gen', f), 'utf8'); } catch { /* missing counts as stale */ }
    if (want !== have) stale.push(f);
  }
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`generated code is stale: ${stale.join(', ')}; run 'pnpm gen' and commit packages/protocol/gen`);
    process.exit(1);
  }
  console.log('generated protocol code is current');
}

// Keeps the README true: its configuration reference is the one the daemons validate with, the
// commands it tells people to run exist, and it and docs/ stand alone (nothing outside the repository).
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { BEGIN, END, reference } from '../../scripts/config-reference.mjs';
import { REPO } from '../harness/ctl.js';

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

describe('README', () => {
  it('lists every config key with the default and meaning from the schemas', async () => {
    const text = await readFile(join(REPO, 'README.md'), 'utf8');
    const section = text.slice(text.indexOf(BEGIN) + BEGIN.length, text.indexOf(END)).trim();
    expect(section, 'run: node scripts/config-reference.mjs --write').toBe((reference() as string).trim());
  });

  it('names the two set-up commands, and they exist', async () => {
    const text = await readFile(join(REPO, 'README.md'), 'utf8');
    for (const cmd of ['bash scripts/quickstart.sh', 'bash scripts/test.sh']) {
      expect(text).toContain(cmd);
      await access(join(REPO, cmd.split(' ')[1]!));
    }
    const ci = await readFile(join(REPO, '.ci/run'), 'utf8');
    expect(ci).toContain('scripts/test.sh');
  });

  it('points only into the repository (never to ../shared), as do docs/*.md and the package READMEs', async () => {
    const docs = (await readdir(join(REPO, 'docs'))).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
    const packages = (await readdir(join(REPO, 'packages'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => `packages/${d.name}/README.md`);
    const pages = ['README.md', ...docs, ...(await Promise.all(packages.map(async (p) => (await exists(join(REPO, p))) ? [p] : []))).flat()];
    expect(pages).toContain('docs/design.md');
    for (const page of pages) {
      const lines = (await readFile(join(REPO, page), 'utf8')).split('\n');
      const outside = lines.flatMap((l, i) => (/\.\.\/shared|FUSE-NOTES|DESIGN\.md/.test(l) ? [`${page}:${i + 1}: ${l.trim()}`] : []));
      expect(outside, `${page} points outside the repository`).toEqual([]);
    }
  });
});

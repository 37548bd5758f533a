// Keeps the README true: its configuration reference is the one the daemons validate with, and
// the commands it tells people to run exist.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { BEGIN, END, reference } from '../../scripts/config-reference.mjs';
import { REPO } from '../harness/ctl.js';

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
});

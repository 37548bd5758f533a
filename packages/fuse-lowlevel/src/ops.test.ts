import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Info, Op, Sf, St, ST_COUNT } from './ops.js';

/** The members of a C enum of native/ll.h, numbered as the compiler numbers them. */
function cEnum(name: string): Record<string, number> {
  const h = readFileSync(new URL('../native/ll.h', import.meta.url), 'utf8');
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(h)?.[1];
  if (!body) throw new Error(`enum ${name} not found`);
  const out: Record<string, number> = {};
  let next = 0;
  for (const part of body.replace(/\/\*[\s\S]*?\*\//g, '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [n, v] = part.split('=').map((x) => x.trim());
    next = v !== undefined ? Number(v) : next;
    out[n!] = next++;
  }
  return out;
}

const strip = (e: Record<string, number>, prefix: string) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k.slice(prefix.length), v]));

describe('codes shared with the addon', () => {
  it('op codes match native/ll.h', () => {
    expect(strip(cEnum('ll_op'), 'OP_')).toEqual(Op);
  });

  it('array layouts match native/ll.h', () => {
    const { COUNT: infoCount, ...info } = strip(cEnum('ll_info'), 'INFO_');
    expect(info).toEqual({ UID: Info.UID, GID: Info.GID, PID: Info.PID, MODE: Info.MODE, SUID: Info.UID_NEW, SGID: Info.GID_NEW, SIZE: Info.SIZE, ATIME: Info.ATIME, ATIME_NS: Info.ATIME_NS, MTIME: Info.MTIME, MTIME_NS: Info.MTIME_NS });
    expect(infoCount).toBe(Object.keys(Info).length);
    const { COUNT: stCount, ...st } = strip(cEnum('ll_stat'), 'ST_');
    expect(st).toEqual(St);
    expect(stCount).toBe(ST_COUNT);
    const { COUNT: sfCount, ...sf } = strip(cEnum('ll_statfs'), 'SF_');
    expect(sf).toEqual(Sf);
    expect(sfCount).toBe(Object.keys(Sf).length);
  });
});

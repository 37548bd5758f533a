import { describe, expect, it } from 'vitest';
import { mountOptions } from './mount-options.js';

describe('mountOptions', () => {
  it('injects big writes, use_ino, the cache timeouts (also 0) after the fsname, and no hard_remove', () => {
    const o = mountOptions({ attrTimeoutSecs: 0, entryTimeoutSecs: 2.5, allowOther: true });
    expect(o.fsname).toBe('hivefs,big_writes,max_write=131072,use_ino,entry_timeout=2.5,attr_timeout=0,ac_attr_timeout=0');
    expect(o).toMatchObject({ subtype: 'hivefs', autoCache: true, force: true, mkdir: true, timeout: false, defaultPermissions: true, allowOther: true });
    expect(o).not.toHaveProperty('kernelCache');
    expect(o).not.toHaveProperty('debug');
  });

  it('passes interrupts on with the binding\'s signal when there is one', () => {
    expect(mountOptions({ attrTimeoutSecs: 1, entryTimeoutSecs: 1, allowOther: false, intrSignal: 40 }).fsname).toMatch(/,ac_attr_timeout=0,intr,intr_signal=40$/);
  });

  it('refuses a negative timeout', () => {
    expect(() => mountOptions({ attrTimeoutSecs: -1, entryTimeoutSecs: 1, allowOther: false })).toThrow('invalid cache timeout');
  });
});

// The meta config schema: the session reclaim grace period's default, bounds and description.
import { loadConfig } from '@hivefs/common';
import { describe, expect, it } from 'vitest';
import { metaConfigSchema, type MetaConfig } from './config.js';

const load = (...argv: string[]): MetaConfig => loadConfig<MetaConfig>({ schema: metaConfigSchema, argv }).config;

describe('sysSessionReclaimSecs', () => {
  it('defaults to 30 s, takes fractions, and refuses less than 1 s', () => {
    expect(load().sysSessionReclaimSecs).toBe(30);
    expect(load('--sysSessionReclaimSecs=2.5').sysSessionReclaimSecs).toBe(2.5);
    expect(() => load('--sysSessionReclaimSecs=0.5')).toThrow(/sysSessionReclaimSecs/);
    expect(metaConfigSchema.sysSessionReclaimSecs?.description).toMatch(/sysClientTimeoutSecs/);
  });
});

// Registry store round trip on both KV engines (memory and LevelDB on disk) and its rules.
import { openLevelStore, openMemoryStore, type KvStore } from '@hivefs/common';
import { removeDir, tmpDir } from '@hivefs/common/testing';
import { ErrCode, HiveError, hivefs } from '@hivefs/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADER_KEY, nodeKey } from './keys.js';
import { DEFAULT_POOL, type GroupRecord, type NodeRecord, type TargetRecord } from './records.js';
import { Registry } from './registry.js';

const N = hivefs.NodeType;
const C = hivefs.Consistency;
const node = (type: hivefs.NodeType, nodeId: number, alias: string): NodeRecord => ({ type, nodeId, alias, addrs: [{ host: '10.0.0.1', port: 8003 }], hostname: 'h', version: '1', pid: 42, registeredMs: 1234 });
const target = (targetId: number, nodeId: number, poolId = 1): TargetRecord => ({ nodeType: N.STORAGE, targetId, nodeId, consistency: C.GOOD, poolId });

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await removeDir(d);
});

/** The same suite on both engines: memory and LevelDB on disk. */
const engines: [string, () => Promise<{ kv: KvStore; reopen: () => Promise<KvStore> }>][] = [
  ['memory', async () => {
    const kv = openMemoryStore();
    return { kv, reopen: async () => kv };
  }],
  ['level', async () => {
    const dir = await tmpDir('hivefs-mgmtd-store-');
    dirs.push(dir);
    const kv = await openLevelStore(dir);
    return { kv, reopen: async () => (await kv.close(), openLevelStore(dir)) };
  }],
];

describe.each(engines)('Registry on the %s engine', (_name, open) => {
  it('round-trips nodes, targets, groups, pools, version and root through the store', async () => {
    const { kv, reopen } = await open();
    const r = await Registry.load(kv);
    expect(r.version).toBe(0);
    await r.commit([{ kind: 'putPool', pool: DEFAULT_POOL }]);
    await r.commit([{ kind: 'putNode', node: node(N.STORAGE, 1, 'storage01') }, { kind: 'putTarget', target: target(101, 1) }, { kind: 'putTarget', target: target(102, 1) }]);
    await r.commit([{ kind: 'putNode', node: node(N.META, 3, 'meta03') }, { kind: 'putTarget', target: { nodeType: N.META, targetId: 3, nodeId: 3, consistency: C.NEEDS_RESYNC, poolId: 0 } }, { kind: 'setRoot', nodeId: 3 }]);
    const group: GroupRecord = { nodeType: N.STORAGE, groupId: 7, primaryId: 101, secondaryId: 102, poolId: 1, primarySince: 4 };
    await r.commit([{ kind: 'putGroup', group }]);
    await r.commit([{ kind: 'putNode', node: node(N.CLIENT, 1, 'client1') }]);
    expect(r.version).toBe(5);

    const again = await Registry.load(await reopen());
    expect(again.version).toBe(5);
    expect(again.rootNodeId).toBe(3);
    expect(again.nodes()).toEqual([node(N.META, 3, 'meta03'), node(N.STORAGE, 1, 'storage01')]);
    expect(again.targets(N.STORAGE)).toEqual([target(101, 1), target(102, 1)]);
    expect(again.target(N.META, 3)?.consistency).toBe(C.NEEDS_RESYNC);
    expect(again.groups()).toEqual([group]);
    expect(again.pools()).toEqual([DEFAULT_POOL]);
    expect(again.groupOf(N.STORAGE, 102)?.groupId).toBe(7);
  });

  it('never stores clients and removes deleted records', async () => {
    const { kv, reopen } = await open();
    const r = await Registry.load(kv);
    await r.commit([{ kind: 'putNode', node: node(N.CLIENT, 4, 'c4') }, { kind: 'putNode', node: node(N.STORAGE, 2, 's2') }, { kind: 'putTarget', target: target(5, 2) }]);
    expect(r.node(N.CLIENT, 4)).toBeDefined();
    await r.commit([{ kind: 'delTarget', nodeType: N.STORAGE, targetId: 5 }, { kind: 'delNode', type: N.STORAGE, nodeId: 2 }]);
    const again = await Registry.load(await reopen());
    expect(again.nodes()).toEqual([]);
    expect(again.targets()).toEqual([]);
    expect(again.version).toBe(2);
  });
});

describe('Registry rules', () => {
  it('refuses a buddy group whose members are in different pools or already grouped', async () => {
    const r = await Registry.load(openMemoryStore());
    await r.commit([{ kind: 'putTarget', target: target(1, 1) }, { kind: 'putTarget', target: target(2, 1) }, { kind: 'putTarget', target: target(3, 1, 2) }]);
    const bad = (g: Partial<GroupRecord>) => r.commit([{ kind: 'putGroup', group: { nodeType: N.STORAGE, groupId: 1, primaryId: 1, secondaryId: 2, poolId: 1, primarySince: 1, ...g } }]);
    await expect(bad({ secondaryId: 3 })).rejects.toThrow(/target 3 is in pool 2/);
    await expect(bad({ secondaryId: 1 })).rejects.toThrow(/with itself/);
    await expect(bad({ secondaryId: 9 })).rejects.toThrow(/target 9 does not exist/);
    await expect(bad({ groupId: 70000 })).rejects.toThrow(/outside 1..65535/);
    await bad({});
    await expect(bad({ groupId: 2 })).rejects.toThrow(/already in buddy group 1/);
    const err = await r.commit([{ kind: 'delTarget', nodeType: N.STORAGE, targetId: 2 }]).catch((e: unknown) => e);
    expect((err as HiveError).code).toBe(ErrCode.BUSY);
    expect(r.version).toBe(2);
  });

  it('leaves memory and version untouched when the batch fails', async () => {
    const kv = openMemoryStore();
    const r = await Registry.load(kv);
    const failing: KvStore = Object.assign(Object.create(kv) as KvStore, { batch: async () => { throw new Error('disk full'); } });
    const r2 = await Registry.load(failing);
    await expect(r2.commit([{ kind: 'putNode', node: node(N.STORAGE, 1, 's1') }])).rejects.toThrow('disk full');
    expect(r2.node(N.STORAGE, 1)).toBeUndefined();
    expect(r2.version).toBe(0);
    expect(r.version).toBe(0);
  });

  it('refuses to load a corrupt record or a store of another schema', async () => {
    const kv = openMemoryStore();
    await kv.put(nodeKey(N.STORAGE, 1), Uint8Array.from([0xff, 0xff, 0xff]));
    await expect(Registry.load(kv)).rejects.toThrow(/record 'N:00000003:00000001' is corrupt/);
    const kv2 = openMemoryStore();
    await kv2.put(HEADER_KEY, Buffer.from(JSON.stringify({ schema: 99, version: 1, rootNodeId: 0 })));
    await expect(Registry.load(kv2)).rejects.toThrow(/schema 99/);
  });
});

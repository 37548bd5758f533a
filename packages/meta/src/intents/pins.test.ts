import { afterEach, describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import { checkNamespace } from '../check/namespace-check.js';
import { linkedNodes, restartNode } from '../testing/linked-nodes.js';
import { ROOT } from '../testing/store-fixture.js';
import { setFailpoints } from './failpoints.js';
import type { RenameIntent } from './log.js';
import { pinnedKeys } from './pins.js';

const R = 'root';
const code = (c: ErrCode) => expect.objectContaining({ code: c });
class Crash extends Error {}


afterEach(() => setFailpoints([], () => undefined));

describe('an rmdir whose peer step was lost keeps the directory and its name until recovery', () => {
  it.each([
    ['the peer is down', false],
    ['the coordinator crashed after its intent and restarted', true],
  ] as const)('%s: a rename of the name waits for recovery, which removes the directory; nothing dangles', async (_what, crash) => {
    const n = await linkedNodes();
    await n.t[0]!.store.mkdir(ROOT, R, 'd', 0o755); // held by node 2, named in root on node 1
    if (crash) {
      setFailpoints(['rmdir.after-intent'], () => {
        throw new Crash('rmdir.after-intent');
      });
      await expect(n.t[0]!.store.rmdir(ROOT, R, 'd')).rejects.toBeInstanceOf(Crash);
      setFailpoints([], () => undefined);
      await restartNode(n, 1);
    } else {
      n.peers.down.add(2);
      await expect(n.t[0]!.store.rmdir(ROOT, R, 'd')).rejects.toEqual(code(ErrCode.UNREACHABLE));
      n.peers.down.delete(2);
    }
    // node 2 answers again; a rename of the name comes before recovery gets to the intent
    let settled = false;
    const renamed = n.t[0]!.store.rename(ROOT, { srcParentId: R, srcName: 'd', dstParentId: R, dstName: 'e', noReplace: false }).finally(() => (settled = true));
    // the stores are in memory: an unpinned rename is done within a few turns of the event loop
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    await n.t[0]!.store.recoveryPass();
    await expect(renamed).rejects.toEqual(code(ErrCode.NOT_FOUND));
    await expect(n.t[0]!.store.lookup(ROOT, R, 'e')).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect(checkNamespace(await n.image(), 1)).toEqual([]);
  });
});

describe('the target node of a rename holds the new name until the rename is finished', () => {
  it.each([false, true])('a rename through the new name fails BUSY meanwhile (target node restarted: %s), and works once recovery finished', async (restartTarget) => {
    const n = await linkedNodes();
    await n.t[0]!.store.mkdir(ROOT, R, 'd1', 0o755); // held by node 2, named in root on node 1
    const d2 = (await n.t[0]!.store.mkdir(ROOT, R, 'd2', 0o755)).entryId!; // on node 2
    setFailpoints(['rename.after-target'], () => {
      throw new Crash('rename.after-target');
    });
    await expect(n.t[0]!.store.rename(ROOT, { srcParentId: R, srcName: 'd1', dstParentId: d2, dstName: 'in', noReplace: false })).rejects.toBeInstanceOf(Crash);
    setFailpoints([], () => undefined);
    if (restartTarget) {
      await restartNode(n, 2);
    }
    const again = (): Promise<void> => n.t[1]!.store.rename(ROOT, { srcParentId: d2, srcName: 'in', dstParentId: d2, dstName: 'out', noReplace: false });
    await expect(again()).rejects.toEqual(code(ErrCode.BUSY));
    // the coordinator comes back; its recovery finishes the rename and has the target forget it
    await restartNode(n, 1);
    await n.t[0]!.store.recoveryPass();
    await again();
    expect((await n.t[1]!.store.lookup(ROOT, d2, 'out')).type).toBe(hivefs.EntryType.DIRECTORY);
    await expect(n.t[0]!.store.lookup(ROOT, R, 'd1')).rejects.toEqual(code(ErrCode.NOT_FOUND));
    expect(checkNamespace(await n.image(), 1)).toEqual([]);
  });
});

describe('pinnedKeys', () => {
  const rename = (phase: RenameIntent['phase'], srcType: hivefs.EntryType, dstParentId: string): RenameIntent => ({
    id: 'I', kind: 'rename', phase, srcParentId: 'P', srcName: 's', dstParentId, dstName: 't', noReplace: false,
    srcId: 'S', srcType, cred: { uid: 0, gid: 0, gids: [] }, locks: { exclusive: [], shared: [] },
  });
  it('pins what recovery rolls forward: a prepared rename\'s source, a moved directory, an rmdir\'s directory and name', () => {
    expect(pinnedKeys(rename('prepared', hivefs.EntryType.REGULAR, 'Q'))).toEqual(['S', 'P/s']);
    expect(pinnedKeys(rename('moved', hivefs.EntryType.DIRECTORY, 'Q'))).toEqual(['S']);
    expect(pinnedKeys(rename('moved', hivefs.EntryType.DIRECTORY, 'P'))).toEqual([]);
    expect(pinnedKeys(rename('moved', hivefs.EntryType.REGULAR, 'Q'))).toEqual([]);
    expect(pinnedKeys({ id: 'I', kind: 'rmdir', node: 2, parentId: 'P', name: 'd', dirId: 'D', locks: { exclusive: [], shared: [] } })).toEqual(['D', 'P/d']);
    expect(pinnedKeys({ id: 'I', kind: 'unlink', node: 2, entryId: 'F', locks: { exclusive: [], shared: [] } })).toEqual([]);
  });
});

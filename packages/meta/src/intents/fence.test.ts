import { describe, expect, it } from 'vitest';
import { ErrCode, hivefs } from '@hivefs/protocol';
import { checkNamespace, staleMarkers } from '../check/namespace-check.js';
import { linkedNodes } from '../testing/linked-nodes.js';
import { ROOT } from '../testing/store-fixture.js';

const R = 'root';
const code = (c: ErrCode) => expect.objectContaining({ code: c });


describe('peerFenceStep', () => {
  it('before the step: marks it abandoned, and a late copy of the step fails with ABORTED and changes nothing', async () => {
    const n = await linkedNodes();
    const d = (await n.t[0]!.store.mkdir(ROOT, R, 'd', 0o755)).entryId!; // on node 2
    expect(await n.t[1]!.store.peerFenceStep('7-6B000000-1', 'remove')).toEqual({ applied: false });
    await expect(n.t[1]!.store.peerRemoveDir('7-6B000000-1', 'remove', d)).rejects.toEqual(code(ErrCode.ABORTED));
    expect((await n.t[1]!.store.getAttr(d)).type).toBe(hivefs.EntryType.DIRECTORY);
    expect(await n.t[1]!.store.peerFenceStep('7-6B000000-1', 'remove')).toEqual({ applied: false });
  });

  it('after the step: its stored result, and the step stays applied', async () => {
    const n = await linkedNodes();
    const d = (await n.t[0]!.store.mkdir(ROOT, R, 'd', 0o755)).entryId!;
    const e = (await n.t[0]!.store.mkdir(ROOT, R, 'e', 0o755)).entryId!;
    const r = await n.t[1]!.store.peerRenameIn('8-6B000000-1', 'in', { cred: ROOT, dirId: d, name: 'x', entryId: e, type: hivefs.EntryType.DIRECTORY, noReplace: false });
    expect(await n.t[1]!.store.peerFenceStep('8-6B000000-1', 'in')).toEqual({ applied: true, result: r });
    expect((await n.t[1]!.store.lookup(ROOT, d, 'x')).entryId).toBe(e);
    await expect(n.t[1]!.store.peerFenceStep('8-6B000000-1', 'held')).rejects.toEqual(code(ErrCode.INVALID_ARGUMENT));
  });
});

describe('two interrupted renames that each need the other\'s source', () => {
  it('end with one rolled back and the other done, instead of both waiting forever; nothing dangles', async () => {
    const n = await linkedNodes();
    const [a, b] = [n.t[0]!.store, n.t[1]!.store];
    const d2 = (await a.mkdir(ROOT, R, 'd2', 0o755)).entryId!; // on node 2
    const f1 = (await a.create(ROOT, { parentId: R, name: 'f1', mode: 0o644, flags: 0, clientId: 1, open: false })).attr.entryId!;
    const g2 = (await b.create(ROOT, { parentId: d2, name: 'g', mode: 0o644, flags: 0, clientId: 1, open: false })).attr.entryId!;
    // A (node 1): root/f1 over d2/g, its target step lost: node 1 pins f1 and root/f1
    n.peers.down.add(2);
    await expect(a.rename(ROOT, { srcParentId: R, srcName: 'f1', dstParentId: d2, dstName: 'g', noReplace: false })).rejects.toEqual(code(ErrCode.UNREACHABLE));
    n.peers.down.delete(2);
    // B (node 2): d2/g over root/f1, its target step lost too: node 2 pins g2 and d2/g
    n.peers.down.add(1);
    await expect(b.rename(ROOT, { srcParentId: d2, srcName: 'g', dstParentId: R, dstName: 'f1', noReplace: false })).rejects.toEqual(code(ErrCode.UNREACHABLE));
    n.peers.down.delete(1);
    // each recovery's target step meets the other's pin: the first to notice is fenced and rolled back
    for (let pass = 0; pass < 2; pass++) await Promise.all([a.recoveryPass(), b.recoveryPass()]);
    const images = await n.image();
    expect(checkNamespace(images, 1)).toEqual([]);
    expect(staleMarkers(images)).toEqual([]);
    const named = (s: typeof a, dir: string, name: string) => s.lookup(ROOT, dir, name).then((x) => x.entryId, () => undefined);
    // exactly one of the two renames happened: B (g2 now root/f1) or A (f1 now d2/g)
    expect([[g2, undefined], [undefined, f1]]).toContainEqual([await named(a, R, 'f1'), await named(b, d2, 'g')]);
  });
});

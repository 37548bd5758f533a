import { createServer, connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { corkForTurn } from './coalesce.js';

describe('corkForTurn', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const c of closers.splice(0)) c();
  });

  async function pair(): Promise<{ a: Socket; received: () => Buffer }> {
    const chunks: Buffer[] = [];
    const server = createServer((s) => s.on('data', (d: Buffer) => chunks.push(d)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const a = connect({ port: (server.address() as { port: number }).port, host: '127.0.0.1' });
    await new Promise<void>((r) => a.once('connect', r));
    closers.push(() => {
      a.destroy();
      server.close();
    });
    return { a, received: () => Buffer.concat(chunks) };
  }

  it('holds what one turn writes until the check phase, corking once however often it is called', async () => {
    const { a, received } = await pair();
    corkForTurn(a);
    a.write('one ');
    corkForTurn(a);
    a.write('two');
    expect(a.writableCorked).toBe(1);
    expect(a.writableLength).toBe(7); // nothing handed to the kernel yet
    await new Promise((r) => setImmediate(r));
    expect(a.writableCorked).toBe(0);
    const deadline = Date.now() + 5000;
    while (received().toString() !== 'one two' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(received().toString()).toBe('one two');
  });

  it('corks again in a later turn', async () => {
    const { a } = await pair();
    corkForTurn(a);
    await new Promise((r) => setImmediate(r));
    corkForTurn(a);
    expect(a.writableCorked).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(a.writableCorked).toBe(0);
  });
});

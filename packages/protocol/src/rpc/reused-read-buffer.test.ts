// readIntoReusedBuffer on real loopback sockets: an accepted socket's reads land in one buffer.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fill, until } from '../testing/helpers.js';
import { readIntoReusedBuffer } from './reused-read-buffer.js';

const HOST = '127.0.0.1';

describe('readIntoReusedBuffer', () => {
  let server: Server | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    server = undefined;
  });

  /** A server whose connections get `setUp`; resolves its port. */
  async function serve(setUp: (sock: Socket) => void): Promise<number> {
    server = createServer((sock) => {
      sockets.push(sock);
      setUp(sock);
    });
    await new Promise<void>((r) => server!.listen(0, HOST, r));
    return (server.address() as { port: number }).port;
  }

  it('delivers every byte of an accepted socket through the callback, in the one buffer, and no data events', async () => {
    const buffer = Buffer.alloc(16 * 1024);
    const pieces: Buffer[] = [];
    let otherBuffers = 0;
    let dataEvents = 0;
    let ended = false;
    let switched: boolean | undefined;
    const port = await serve((sock) => {
      switched = readIntoReusedBuffer(sock, buffer, (n, buf) => {
        if (buf !== buffer) otherBuffers++;
        pieces.push(Buffer.from(buf.subarray(0, n))); // a copy: the buffer is reused by the next read
        return true;
      });
      sock.on('data', () => dataEvents++);
      sock.on('end', () => {
        ended = true;
        sock.end();
      });
    });
    const sent = fill(1024 * 1024, 3);
    const client = connect({ host: HOST, port });
    sockets.push(client);
    for (let off = 0; off < sent.length; off += 100_000) client.write(sent.subarray(off, off + 100_000));
    client.end();
    await until(() => ended, 'the end of the stream');
    expect(switched).toBe(true);
    expect(Buffer.compare(Buffer.concat(pieces), sent)).toBe(0);
    expect(pieces.length).toBeGreaterThan(1024 * 1024 / buffer.length - 1); // a read never exceeds the buffer
    expect(otherBuffers).toBe(0);
    expect(dataEvents).toBe(0);
  });

  it('changes nothing on a socket that already reads into a buffer of its own (onread)', async () => {
    const port = await serve((sock) => sock.pipe(sock));
    const own = Buffer.alloc(1024);
    let mine = 0;
    const client = connect({ host: HOST, port, onread: { buffer: own, callback: (n: number) => ((mine += n), true) } });
    sockets.push(client);
    let stolen = 0;
    expect(readIntoReusedBuffer(client, Buffer.alloc(1024), (n) => ((stolen += n), true))).toBe(false);
    client.write(fill(5000, 1));
    await until(() => mine === 5000, 'the echo');
    expect(stolen).toBe(0);
  });
});

// Positional reads and writes that loop until done (short transfers are legal for pread/pwrite).
import type { FileHandle } from 'node:fs/promises';

/** Writes all of `data` at `position`; resolves the number of bytes written (= data.length). */
export async function writeFully(fh: FileHandle, data: Uint8Array, position: number): Promise<number> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await fh.write(data, done, data.length - done, position + done);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'ENOSPC' });
    done += bytesWritten;
  }
  return done;
}

/** Reads into `buf` from `position` until it is full or the file ends; resolves the bytes read. */
export async function readFully(fh: FileHandle, buf: Buffer, position: number): Promise<number> {
  let done = 0;
  while (done < buf.length) {
    const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

// Small tmpfs file systems for full-disk tests (as root): a daemon's directory moved onto one, and filled up to a given free space.
import { mkdir, rename, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { q, sh, shOk } from './mount.js';

/** tmpfs mounts made by {@link onTmpfs}, newest last. */
const mounted: string[] = [];

/** Moves a stopped daemon's directory `dir` onto a new tmpfs of `sizeMiB` at the same path (the old one stays as `dir.orig`). */
export async function onTmpfs(dir: string, sizeMiB: number): Promise<void> {
  await rename(dir, `${dir}.orig`);
  await mkdir(dir);
  await shOk(`mount -t tmpfs -o size=${sizeMiB}m tmpfs ${q(dir)}`);
  mounted.push(dir);
  await shOk(`cp -a ${q(`${dir}.orig`)}/. ${q(dir)}/`);
}

/** Unmounts (lazily) every tmpfs {@link onTmpfs} made; call once the daemons using them are stopped. */
export async function unmountTmpfs(): Promise<void> {
  for (const dir of mounted.splice(0).reverse()) await sh(`umount -l ${q(dir)}`);
}

/** Fills the file system of `dir` with a file `name` until about `leaveBytes` stay free. */
export async function fillUpTo(dir: string, name: string, leaveBytes: number): Promise<void> {
  const s = await statfs(dir);
  const fill = s.bavail * s.bsize - leaveBytes;
  if (fill > 0) await shOk(`fallocate -l ${fill} ${q(join(dir, name))}`);
}

// The mgmtd data directory's format.conf: check the service, create it in a new directory (the file itself: @hivefs/common).
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMAT_FILE, FORMAT_VERSION, checkFormatService, readFormat, writeFormat } from '@hivefs/common';

/**
 * Makes `dir` a mgmtd data directory: an existing format.conf must say service=mgmtd; a new or
 * empty directory gets one (unless `allowNonEmpty`, a directory with other files but no
 * format.conf is refused). Returns whether format.conf was created.
 */
export async function prepareMgmtdDir(dir: string, allowNonEmpty = false): Promise<boolean> {
  const f = await readFormat(dir);
  if (f) {
    checkFormatService(f, 'mgmtd', dir, ` (${join(dir, FORMAT_FILE)}); use another directory`);
    return false;
  }
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  if (entries.length > 0 && !allowNonEmpty) {
    throw new Error(`${dir} is not empty but has no ${FORMAT_FILE} (found ${entries.slice(0, 3).join(', ')}); refusing to use it as the mgmtd directory`);
  }
  await writeFormat(dir, { service: 'mgmtd', formatVersion: FORMAT_VERSION }, { exclusive: true });
  return true;
}

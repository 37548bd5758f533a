// Storage target directories: their sub-directories and format.conf (parsing and writing live in @hivefs/common).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkFormatService, isEmptyDir, readFormat, writeFormat, type FormatInfo } from '@hivefs/common';

/** Sub-directory of unmirrored chunk files. */
export const CHUNKS_DIR = 'chunks';
/** Sub-directory of buddy-mirrored chunk files. */
export const BUDDYMIR_DIR = 'buddymir';
/** Entries a target directory may hold and still count as empty (unformatted). */
const IGNORED_WHEN_EMPTY = ['lost+found', 'lock.pid'];

/** The format.conf of a storage target. Ids are 0 while mgmtd has not assigned them yet. */
export interface TargetFormat extends FormatInfo {
  nodeNumID: number;
  targetNumID: number;
}

/** Reads a target directory's format.conf; undefined when it has none; throws when it belongs to another service. */
export async function readTargetFormat(dir: string): Promise<TargetFormat | undefined> {
  const f = await readFormat(dir);
  if (!f) return undefined;
  checkFormatService(f, 'storage', dir);
  return { ...f, nodeNumID: f.nodeNumID ?? 0, targetNumID: f.targetNumID ?? 0 };
}

/** Formats a storage target directory: chunks/, buddymir/ and format.conf (dir is created). */
export async function formatTargetDir(dir: string, nodeNumID: number, targetNumID: number): Promise<TargetFormat> {
  await mkdir(join(dir, CHUNKS_DIR), { recursive: true });
  await mkdir(join(dir, BUDDYMIR_DIR), { recursive: true });
  const f: TargetFormat = { service: 'storage', formatVersion: 1, nodeNumID, targetNumID };
  await writeFormat(dir, f);
  return f;
}

/** Whether a directory holds nothing but lost+found and a lock file (a missing dir counts as empty). */
export function isEmptyTargetDir(dir: string): Promise<boolean> {
  return isEmptyDir(dir, IGNORED_WHEN_EMPTY);
}

// The meta directory's format.conf: check the service, format a new directory on the fly (the file itself: @hivefs/common).
import { FORMAT_FILE, checkFormatService, isEmptyDir, readFormat, writeFormat, type FormatInfo } from '@hivefs/common';

/** The format of a meta directory; nodeNumID is 0 until mgmtd assigned one. */
export interface MetaFormat extends FormatInfo {
  nodeNumID: number;
}

/**
 * The format of the meta directory, formatting a missing or empty directory on the fly (without
 * a node id). Throws when it is formatted for another service, or not formatted but not empty.
 */
export async function prepareMetaDir(dir: string): Promise<MetaFormat> {
  const f = await readFormat(dir);
  if (f) {
    checkFormatService(f, 'meta', dir);
    return { ...f, nodeNumID: f.nodeNumID ?? 0 };
  }
  if (!(await isEmptyDir(dir))) throw new Error(`${dir} has no ${FORMAT_FILE} and is not empty; format it with hivefs-setup-meta or use an empty directory`);
  const fresh: MetaFormat = { service: 'meta', formatVersion: 1, nodeNumID: 0 };
  await writeFormat(dir, fresh);
  return fresh;
}

// Where hivefs-client records its live mounts, read by hivefs-ctl: `<runDir>/mount-<sha1>.json`.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a registry file holds about one mount (docs/internals.md, "FUSE client"). */
export interface MountRegistration {
  mountpoint: string;
  /** The client config file the mount was made with; null when given by --mgmtd. */
  cfgFile: string | null;
  mgmtdHost: string;
  mgmtdPort: number;
  /** The shared secret file; null when the cluster runs without authentication. */
  authFile: string | null;
  /** Pid of the hivefs-client process serving the mount. */
  pid: number;
}

/** The run directory of a process with `uid`: $HIVEFS_RUN_DIR, else /run/hivefs (root), else <tmpdir>/hivefs-run-<uid>. */
export function hivefsRunDir(uid: number, env: NodeJS.ProcessEnv = process.env, tmp: string = tmpdir()): string {
  const fromEnv = env['HIVEFS_RUN_DIR'];
  if (fromEnv) return fromEnv;
  return uid === 0 ? '/run/hivefs' : join(tmp, `hivefs-run-${uid}`);
}

/** `mount-<sha1 hex of the mount point>.json`. */
export function registryFileName(mountpoint: string): string {
  return `mount-${createHash('sha1').update(mountpoint).digest('hex')}.json`;
}

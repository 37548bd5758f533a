// Credentials of the process behind a FUSE request: uid/gid from the request, supplementary groups from /proc/<pid>/status.
import { readFile } from 'node:fs/promises';
import type { Cred } from '../types.js';
import type { FuseCaller } from './binding.js';

/** How long the groups read for a pid are reused. */
export const GROUPS_TTL_MS = 1000;

/** Most pids whose groups are remembered; the oldest go first. */
const MAX_PIDS = 4096;

/** The supplementary groups of a `/proc/<pid>/status` text (its `Groups:` line); [] when absent. */
export function parseGroups(status: string): number[] {
  const m = /^Groups:[ \t]*(.*)$/m.exec(status);
  if (!m) return [];
  return m[1]!.split(/\s+/).filter((s) => s !== '').map(Number).filter((n) => Number.isInteger(n) && n >= 0);
}

/** What a CallerCreds needs; the defaults are the real system's. */
export interface CallerCredsInit {
  /** Reads the status text of a process; rejects when it is gone. */
  readStatus?: (pid: number) => Promise<string>;
  now?: () => number;
  ttlMs?: number;
}

interface Entry {
  groups: Promise<number[]>;
  expires: number;
}

/**
 * Turns the caller of a request into a {@link Cred}. root needs no groups (it passes every
 * check); others get their supplementary groups from /proc, read asynchronously once per pid
 * and reused for {@link GROUPS_TTL_MS}. A process that is gone (or pid 0, the kernel) has none.
 */
export class CallerCreds {
  private readonly byPid = new Map<number, Entry>();
  private readonly readStatus: (pid: number) => Promise<string>;
  private readonly now: () => number;
  private readonly ttlMs: number;

  constructor(init: CallerCredsInit = {}) {
    this.readStatus = init.readStatus ?? ((pid) => readFile(`/proc/${pid}/status`, 'utf8'));
    this.now = init.now ?? (() => performance.now());
    this.ttlMs = init.ttlMs ?? GROUPS_TTL_MS;
  }

  /** The credentials of `caller`. Never rejects. */
  async of(caller: FuseCaller): Promise<Cred> {
    const { uid, gid, pid } = caller;
    if (uid === 0 || pid === 0) return { uid, gid, gids: [] };
    return { uid, gid, gids: await this.groups(pid) };
  }

  private groups(pid: number): Promise<number[]> {
    const t = this.now();
    const hit = this.byPid.get(pid);
    if (hit && hit.expires > t) return hit.groups;
    const groups = this.readStatus(pid).then(parseGroups, () => []);
    this.byPid.delete(pid);
    this.byPid.set(pid, { groups, expires: t + this.ttlMs });
    if (this.byPid.size > MAX_PIDS) this.byPid.delete(this.byPid.keys().next().value as number);
    return groups;
  }
}

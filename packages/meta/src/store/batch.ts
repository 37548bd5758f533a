// Collects the writes of one operation so they are applied as one atomic KV batch.
import type { KvBatchOp, KvStore } from '@hivefs/common';
import { encodeDentry, encodeInode, encodeSession } from './codec.js';
import { dentryKey, disposalKey, inodeKey, linkKey, orphanKey, sessionKey, xattrKey } from './keys.js';
import type { Dentry, Inode, Session } from './types.js';

const EMPTY = new Uint8Array(0);

/** The writes of one operation; `commit` applies them all or none. */
export class Batch {
  readonly ops: KvBatchOp[] = [];

  /** Writes an inode. */
  putInode(i: Inode): this {
    return this.put(inodeKey(i.entryId), encodeInode(i));
  }

  /** Writes the dentry `d.name` of `dirId`. */
  putDentry(dirId: string, d: Dentry): this {
    return this.put(dentryKey(dirId, d.name), encodeDentry(d));
  }

  /** Deletes the dentry `name` of `dirId`. */
  delDentry(dirId: string, name: string): this {
    return this.del(dentryKey(dirId, name));
  }

  /**
   * Writes a session of `entryId`. A read-only session is volatile (kept in meta's memory, on
   * disk only from a clean shutdown on) unless `durable`: a crash loses nothing a reader needs
   * but its protection from an unlink, which writes the sessions of the file it orphans durably.
   */
  putSession(entryId: string, s: Session, durable = false): this {
    this.ops.push({ type: 'put', key: sessionKey(entryId, s.handleId), value: encodeSession(s), ...(s.write || durable ? {} : { volatile: true }) });
    return this;
  }

  /** Deletes a session of `entryId`. */
  delSession(entryId: string, handleId: number): this {
    return this.del(sessionKey(entryId, handleId));
  }

  /** Writes a symlink target. */
  putLink(entryId: string, target: string): this {
    return this.put(linkKey(entryId), Buffer.from(target, 'utf8'));
  }

  /** Writes an extended attribute. */
  putXattr(entryId: string, name: string, value: Uint8Array): this {
    return this.put(xattrKey(entryId, name), value);
  }

  /** Marks an inode as an orphan. */
  putOrphan(entryId: string): this {
    return this.put(orphanKey(entryId), EMPTY);
  }

  /** Records that the chunk files of the deleted file `i` are still to be removed. */
  putDisposal(i: Inode): this {
    return this.put(disposalKey(i.entryId), encodeInode(i));
  }

  /** Writes a raw key. */
  put(key: string, value: Uint8Array): this {
    this.ops.push({ type: 'put', key, value });
    return this;
  }

  /** Deletes a raw key. */
  del(key: string): this {
    this.ops.push({ type: 'del', key });
    return this;
  }

  /** Applies every collected write in one atomic batch. */
  commit(kv: KvStore): Promise<void> {
    return kv.batch(this.ops);
  }
}

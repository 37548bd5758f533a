// Types of the addon (native/*.c) and its loader, which says what to do when it was not built.
import { createRequire } from 'node:module';

/** An opaque session handle. */
export type Session = { readonly __session: unique symbol };

/** What the kernel and libfuse agreed at INIT (the dispatcher's INIT argument). */
export interface ConnInfo {
  protoMajor: number;
  protoMinor: number;
  maxWrite: number;
  maxRead: number;
  maxReadahead: number;
  capable: number;
  want: number;
  maxBackground: number;
  congestionThreshold: number;
}

/** What to ask the kernel for at INIT (0 or absent: libfuse's default). */
export interface Wants {
  maxWrite?: number;
  maxReadahead?: number;
  maxBackground?: number;
  congestionThreshold?: number;
  /** 1: the kernel's writeback cache (off unless asked). */
  writebackCache?: number;
}

/** Counters of a session. */
export interface SessionStats {
  requests: number;
  outstanding: number;
  /** Largest WRITE payload seen, bytes. */
  maxWriteSeen: number;
  ended: number;
  maxWrite: number;
  want: number;
  /** WRITE payload bytes seen. */
  writeBytes: number;
  /** Requests handed to the dispatcher, indexed by op code (see Op). */
  ops: number[];
  /** Invalidations queued for the notifier thread, and those it sent (or found nothing to drop) or that failed. */
  notesQueued: number;
  notesSent: number;
  notesFailed: number;
}

/**
 * The dispatcher: called once per request on the main thread with the op code (see Op), the
 * request id to answer with (0 for requests that need no answer), the inode, and the op's values.
 */
export type Dispatch = (op: number, id: number, ino: number, a?: unknown, b?: unknown, c?: unknown, d?: unknown) => void;

/** A mounted session and the arrays it shares with JavaScript. */
export interface Mounted {
  session: Session;
  /** Request info (Info indexes): valid synchronously inside the dispatcher. */
  info: Float64Array;
  /** Scratch stat for replyEntry/replyCreate/replyAttr (St indexes). */
  attr: Float64Array;
  /** Scratch figures for replyStatfs (Sf indexes). */
  statfs: Float64Array;
}

/** The addon's functions. Reply functions return 0, a negative errno, or -EALREADY for a request already answered. */
export interface FuseLowLevel {
  mount(mountpoint: string, options: string[], dispatch: Dispatch, wants: Wants): Mounted;
  close(session: Session): void;
  stats(session: Session): SessionStats;
  interrupted(session: Session, id: number): boolean;
  replyErr(session: Session, id: number, errno: number): number;
  replyEntry(session: Session, id: number, nodeid: number, generation: number, entryTimeout: number, attrTimeout: number): number;
  replyCreate(session: Session, id: number, nodeid: number, generation: number, entryTimeout: number, attrTimeout: number, fh: number, openBits: number): number;
  replyAttr(session: Session, id: number, attrTimeout: number): number;
  replyReadlink(session: Session, id: number, target: string): number;
  replyOpen(session: Session, id: number, fh: number, openBits: number): number;
  replyWrite(session: Session, id: number, count: number): number;
  replyBuf(session: Session, id: number, data: Uint8Array, length: number): number;
  /** A read's data from several buffers (at most 64), without joining them (fuse_reply_iov). */
  replyIov(session: Session, id: number, parts: readonly Uint8Array[]): number;
  replyStatfs(session: Session, id: number): number;
  replyXattr(session: Session, id: number, count: number): number;
  /**
   * The kernel forgets `name` in directory `parentIno` (FUSE_NOTIFY_INVAL_ENTRY). Queued for the
   * session's notifier thread (never sent from the main thread: the kernel may wait there for a
   * request only the main thread answers); 0, or a negative errno when it could not be queued.
   */
  notifyInvalEntry(session: Session, parentIno: number, name: string): number;
  /**
   * The kernel drops the attributes of `ino` and, for off >= 0, its pages in [off, off + len)
   * (len 0: to the end) (FUSE_NOTIFY_INVAL_INODE). off < 0 (attributes only) is sent at once,
   * safe inside an op: libfuse's result, -ENOENT when the kernel does not hold the inode.
   * Otherwise queued as {@link notifyInvalEntry}.
   */
  notifyInvalInode(session: Session, ino: number, off: number, len: number): number;
  /** Returns the number of entries sent, or a negative errno (then the kernel saw none). */
  replyDirents(
    session: Session, id: number, size: number, plus: boolean, names: string[], attrs: Float64Array, nodeids: Float64Array | null,
    firstOffset: number, entryTimeout: number, attrTimeout: number,
  ): number;
}

let loaded: FuseLowLevel | undefined;

/** The addon; throws with what to do when it is not built. */
export function loadFuseLowLevel(): FuseLowLevel {
  if (loaded) return loaded;
  try {
    loaded = createRequire(import.meta.url)('../build/Release/fuse_lowlevel.node') as FuseLowLevel;
  } catch (e) {
    throw new Error(
      `cannot load the fuse-lowlevel addon (${(e as Error).message.split('\n')[0]}); run scripts/bootstrap.sh, which builds it (needs libfuse3-dev, pkg-config, make, a C compiler)`,
    );
  }
  return loaded;
}

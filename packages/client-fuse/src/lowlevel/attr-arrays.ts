// VFS stats and statfs figures written into the Float64Arrays the low-level addon reads (no objects cross to C).
import { Sf, St, ST_COUNT } from '@hivefs/fuse-lowlevel';
import type { VfsStat, VfsStatFs } from '../types.js';

/** Writes `st` at stat index `i` of `out` (ST_COUNT doubles per stat). */
export function putStat(out: Float64Array, st: VfsStat, i = 0): void {
  const o = i * ST_COUNT;
  out[o + St.INO] = st.ino;
  out[o + St.MODE] = st.mode;
  out[o + St.NLINK] = st.nlink;
  out[o + St.UID] = st.uid;
  out[o + St.GID] = st.gid;
  out[o + St.SIZE] = st.size;
  out[o + St.RDEV] = st.rdev;
  out[o + St.BLKSIZE] = st.blksize;
  out[o + St.BLOCKS] = st.blocks;
  out[o + St.ATIME] = st.atime.sec;
  out[o + St.ATIME_NS] = st.atime.nsec;
  out[o + St.MTIME] = st.mtime.sec;
  out[o + St.MTIME_NS] = st.mtime.nsec;
  out[o + St.CTIME] = st.ctime.sec;
  out[o + St.CTIME_NS] = st.ctime.nsec;
}

/** Writes statfs figures into the session's statfs array. */
export function putStatFs(out: Float64Array, s: VfsStatFs): void {
  out[Sf.BSIZE] = s.bsize;
  out[Sf.FRSIZE] = s.frsize;
  out[Sf.BLOCKS] = s.blocks;
  out[Sf.BFREE] = s.bfree;
  out[Sf.BAVAIL] = s.bavail;
  out[Sf.FILES] = s.files;
  out[Sf.FFREE] = s.ffree;
  out[Sf.NAMEMAX] = s.namemax;
}

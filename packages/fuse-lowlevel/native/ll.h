/*
 * The low-level libfuse3 binding of HiveFS: one session per mount, served on the Node main
 * thread. The session's fd is non-blocking and watched by a uv_poll handle; each readable event
 * reads and processes requests with fuse_session_receive_buf/fuse_session_process_buf, so every
 * libfuse callback runs on the main thread and reaches JavaScript once, with no thread hand-off.
 * Requests waiting for their answer live in a slot table; JavaScript names them by a number
 * (slot plus generation) and answers through the reply functions, possibly much later.
 */
#ifndef HIVEFS_LL_H
#define HIVEFS_LL_H

#define FUSE_USE_VERSION 34
#include <fuse_lowlevel.h>
#include <node_api.h>
#include <uv.h>
#include <stdint.h>
#include <pthread.h>

/* Operation codes handed to the JavaScript dispatcher (mirrored in src/ops.ts). */
enum ll_op {
  OP_INIT = 1, OP_LOOKUP, OP_FORGET, OP_BATCH_FORGET, OP_GETATTR, OP_SETATTR,
  OP_READLINK, OP_MKNOD, OP_MKDIR, OP_UNLINK, OP_RMDIR, OP_SYMLINK, OP_RENAME, OP_LINK,
  OP_OPEN, OP_READ, OP_WRITE, OP_FLUSH, OP_RELEASE, OP_FSYNC, OP_OPENDIR, OP_READDIR,
  OP_READDIRPLUS, OP_RELEASEDIR, OP_FSYNCDIR, OP_STATFS, OP_SETXATTR, OP_GETXATTR,
  OP_LISTXATTR, OP_REMOVEXATTR, OP_ACCESS, OP_CREATE, OP_INTERRUPT, OP_ENDED, OP_FALLOCATE,
  OP_COPY_FILE_RANGE
};

/* Size of the per-op request counters (op codes are below it). */
#define LL_OP_SLOTS 64

/* Doubles of the request-info array (C -> JS): caller and setattr's values. */
enum ll_info {
  INFO_UID = 0, INFO_GID, INFO_PID,
  INFO_MODE, INFO_SUID, INFO_SGID, INFO_SIZE, INFO_ATIME, INFO_ATIME_NS, INFO_MTIME, INFO_MTIME_NS,
  INFO_COUNT
};

/* Doubles of one stat in the attribute arrays (JS -> C). */
enum ll_stat {
  ST_INO = 0, ST_MODE, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_RDEV, ST_BLKSIZE, ST_BLOCKS,
  ST_ATIME, ST_ATIME_NS, ST_MTIME, ST_MTIME_NS, ST_CTIME, ST_CTIME_NS,
  ST_COUNT
};

/* Doubles of the statfs array (JS -> C). */
enum ll_statfs { SF_BSIZE = 0, SF_FRSIZE, SF_BLOCKS, SF_BFREE, SF_BAVAIL, SF_FILES, SF_FFREE, SF_NAMEMAX, SF_COUNT };

/* A request JavaScript has not answered yet. */
struct ll_slot {
  fuse_req_t req;   /* NULL: free */
  uint32_t gen;     /* bumped at every reuse, so a stale id never answers another request */
  uint8_t interrupted;
  uint32_t next_free;
};

/* What the kernel is asked for at INIT (set from JavaScript before mounting). */
struct ll_wants {
  unsigned max_write;
  unsigned max_readahead;
  unsigned max_background;
  unsigned congestion_threshold;
  int writeback_cache;
};

/* The notifier thread of a session and its queue (notify.c). */
struct ll_notifier {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  pthread_t thread;
  struct ll_note *head, *tail;
  int started, stop, busy, stuck; /* stuck: left running inside the kernel; the session is never freed */
  uint64_t queued, sent, failed;
};

struct ll_session {
  napi_env env;
  napi_ref dispatch;        /* JS function(op, id, ino, a, b, c, d) */
  napi_ref self;            /* the external JS holds; kept alive while polling */
  napi_async_context async_ctx;
  struct fuse_session *se;
  uv_poll_t poll;
  int fd;
  int mounted;              /* fuse_session_mount succeeded and no unmount/ENODEV since */
  int polling;
  int ended;                /* the kernel closed the connection (ENODEV) or unmount ran */
  int destroyed;
  struct fuse_buf buf;
  struct ll_slot *slots;
  uint32_t nslots, free_head;
  uint32_t outstanding;
  uint32_t *pending_intr;   /* slot ids interrupted during a batch, delivered after it */
  uint32_t npending_intr, cap_pending_intr;
  double info[INFO_COUNT];  /* shared with JS as a Float64Array */
  double attr[ST_COUNT * 2];/* scratch for one reply's stat (JS fills it) */
  double statfs[SF_COUNT];
  struct ll_wants wants;
  struct fuse_conn_info conn; /* as negotiated at INIT */
  uint64_t requests;        /* requests processed (stats) */
  uint64_t max_write_seen;  /* largest WRITE payload seen (tests: 1 MiB requests) */
  uint64_t write_bytes;     /* WRITE payload bytes seen */
  uint64_t op_count[LL_OP_SLOTS]; /* dispatcher calls per op code (stats) */
  struct ll_notifier notifier;
};

extern const struct fuse_lowlevel_ops ll_ops;

/* session.c */
double ll_slot_take(struct ll_session *s, fuse_req_t req);
fuse_req_t ll_slot_req(struct ll_session *s, double id, uint32_t *slot_out);
void ll_slot_free(struct ll_session *s, uint32_t slot);
void ll_call(struct ll_session *s, int op, double id, double ino, int argc, napi_value *args);
void ll_end(struct ll_session *s);

/* notify.c */
int ll_notifier_stop(struct ll_session *s);
napi_status ll_register_notify(napi_env env, napi_value exports);

/* reply.c */
napi_status ll_register_replies(napi_env env, napi_value exports);

#define LL_CHECK(env, call)                                                      \
  do {                                                                           \
    napi_status status_ = (call);                                                \
    if (status_ != napi_ok) {                                                    \
      napi_throw_error((env), NULL, "fuse-lowlevel: N-API call failed: " #call); \
      return NULL;                                                               \
    }                                                                            \
  } while (0)

#endif

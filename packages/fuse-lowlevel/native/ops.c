/*
 * The libfuse low-level ops: each one takes a slot for its request, fills the request-info array
 * (caller, setattr values) and calls the JavaScript dispatcher once, on the main thread. FORGET
 * and BATCH_FORGET need no answer and are acknowledged here. Nothing is decided in C.
 */
#include "ll.h"
#include <errno.h>
#include <string.h>

/* The kernel features HiveFS wants, and those it must not get (it does not implement them). */
static void ll_init(void *userdata, struct fuse_conn_info *conn) {
  struct ll_session *s = userdata;
  unsigned want = FUSE_CAP_ASYNC_READ | FUSE_CAP_ATOMIC_O_TRUNC | FUSE_CAP_READDIRPLUS |
                  FUSE_CAP_READDIRPLUS_AUTO | FUSE_CAP_PARALLEL_DIROPS | FUSE_CAP_ASYNC_DIO |
                  FUSE_CAP_AUTO_INVAL_DATA;
  if (s->wants.writeback_cache) want |= FUSE_CAP_WRITEBACK_CACHE;
  /* no splice (the payload must be in memory JavaScript can see), no locks served remotely, the
     kernel clears suid/sgid itself (setattr), no ACLs */
  unsigned never = FUSE_CAP_SPLICE_READ | FUSE_CAP_SPLICE_WRITE | FUSE_CAP_SPLICE_MOVE |
                   FUSE_CAP_POSIX_LOCKS | FUSE_CAP_FLOCK_LOCKS | FUSE_CAP_HANDLE_KILLPRIV |
                   FUSE_CAP_POSIX_ACL | FUSE_CAP_EXPORT_SUPPORT;
  if (!s->wants.writeback_cache) never |= FUSE_CAP_WRITEBACK_CACHE;
  conn->want = (conn->want | (want & conn->capable)) & ~never;
  if (s->wants.max_write) conn->max_write = s->wants.max_write;
  if (s->wants.max_readahead) conn->max_readahead = s->wants.max_readahead;
  if (s->wants.max_background) conn->max_background = s->wants.max_background;
  if (s->wants.congestion_threshold) conn->congestion_threshold = s->wants.congestion_threshold;
  s->conn = *conn;

  napi_env env = s->env;
  napi_handle_scope hs;
  if (napi_open_handle_scope(env, &hs) != napi_ok) return;
  napi_value o, v;
  napi_create_object(env, &o);
#define FIELD(name, value) (napi_create_double(env, (double)(value), &v), napi_set_named_property(env, o, name, v))
  FIELD("protoMajor", conn->proto_major);
  FIELD("protoMinor", conn->proto_minor);
  FIELD("maxWrite", conn->max_write);
  FIELD("maxRead", conn->max_read);
  FIELD("maxReadahead", conn->max_readahead);
  FIELD("capable", conn->capable);
  FIELD("want", conn->want);
  FIELD("maxBackground", conn->max_background);
  FIELD("congestionThreshold", conn->congestion_threshold);
#undef FIELD
  ll_call(s, OP_INIT, 0, 0, 1, &o);
  napi_close_handle_scope(env, hs);
}

/* Opens a handle scope, takes a slot and records the caller; `id` names the request for JS. */
#define BEGIN(req)                                          \
  struct ll_session *s = fuse_req_userdata(req);            \
  napi_env env = s->env;                                    \
  napi_handle_scope hs;                                     \
  if (napi_open_handle_scope(env, &hs) != napi_ok) {        \
    fuse_reply_err(req, EIO);                               \
    return;                                                 \
  }                                                         \
  const struct fuse_ctx *ctx_ = fuse_req_ctx(req);          \
  s->info[INFO_UID] = ctx_->uid;                            \
  s->info[INFO_GID] = ctx_->gid;                            \
  s->info[INFO_PID] = ctx_->pid;                            \
  double id = ll_slot_take(s, req);                         \
  if (id < 0) {                                             \
    napi_close_handle_scope(env, hs);                       \
    fuse_reply_err(req, ENOMEM);                            \
    return;                                                 \
  }
#define END() napi_close_handle_scope(env, hs)

static napi_value num(napi_env env, double v) {
  napi_value r;
  napi_create_double(env, v, &r);
  return r;
}

static napi_value str(napi_env env, const char *p) {
  napi_value r;
  napi_create_string_utf8(env, p, NAPI_AUTO_LENGTH, &r);
  return r;
}

static double fh_of(const struct fuse_file_info *fi) { return fi ? (double)fi->fh : -1; }

static void ll_lookup(fuse_req_t req, fuse_ino_t parent, const char *name) {
  BEGIN(req);
  napi_value a[] = {str(env, name)};
  ll_call(s, OP_LOOKUP, id, parent, 1, a);
  END();
}

/* FORGET needs no answer: JavaScript only drops lookups. */
static void ll_forget(fuse_req_t req, fuse_ino_t ino, uint64_t nlookup) {
  struct ll_session *s = fuse_req_userdata(req);
  napi_handle_scope hs;
  if (napi_open_handle_scope(s->env, &hs) == napi_ok) {
    napi_value a[] = {num(s->env, (double)nlookup)};
    ll_call(s, OP_FORGET, 0, ino, 1, a);
    napi_close_handle_scope(s->env, hs);
  }
  fuse_reply_none(req);
}

/* BATCH_FORGET: (ino, nlookup) pairs in one Float64Array. */
static void ll_forget_multi(fuse_req_t req, size_t count, struct fuse_forget_data *forgets) {
  struct ll_session *s = fuse_req_userdata(req);
  napi_env env = s->env;
  napi_handle_scope hs;
  if (napi_open_handle_scope(env, &hs) == napi_ok) {
    napi_value ab, arr;
    void *data;
    if (napi_create_arraybuffer(env, count * 2 * sizeof(double), &data, &ab) == napi_ok &&
        napi_create_typedarray(env, napi_float64_array, count * 2, ab, 0, &arr) == napi_ok) {
      double *d = data;
      for (size_t i = 0; i < count; i++) {
        d[2 * i] = (double)forgets[i].ino;
        d[2 * i + 1] = (double)forgets[i].nlookup;
      }
      ll_call(s, OP_BATCH_FORGET, 0, 0, 1, &arr);
    }
    napi_close_handle_scope(env, hs);
  }
  fuse_reply_none(req);
}

static void ll_getattr(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, fh_of(fi))};
  ll_call(s, OP_GETATTR, id, ino, 1, a);
  END();
}

static void ll_setattr(fuse_req_t req, fuse_ino_t ino, struct stat *attr, int to_set, struct fuse_file_info *fi) {
  BEGIN(req);
  s->info[INFO_MODE] = attr->st_mode;
  s->info[INFO_SUID] = attr->st_uid;
  s->info[INFO_SGID] = attr->st_gid;
  s->info[INFO_SIZE] = (double)attr->st_size;
  s->info[INFO_ATIME] = (double)attr->st_atim.tv_sec;
  s->info[INFO_ATIME_NS] = (double)attr->st_atim.tv_nsec;
  s->info[INFO_MTIME] = (double)attr->st_mtim.tv_sec;
  s->info[INFO_MTIME_NS] = (double)attr->st_mtim.tv_nsec;
  napi_value a[] = {num(env, to_set), num(env, fh_of(fi))};
  ll_call(s, OP_SETATTR, id, ino, 2, a);
  END();
}

static void ll_readlink(fuse_req_t req, fuse_ino_t ino) {
  BEGIN(req);
  ll_call(s, OP_READLINK, id, ino, 0, NULL);
  END();
}

static void ll_mknod(fuse_req_t req, fuse_ino_t parent, const char *name, mode_t mode, dev_t rdev) {
  BEGIN(req);
  napi_value a[] = {str(env, name), num(env, mode), num(env, (double)rdev)};
  ll_call(s, OP_MKNOD, id, parent, 3, a);
  END();
}

static void ll_mkdir(fuse_req_t req, fuse_ino_t parent, const char *name, mode_t mode) {
  BEGIN(req);
  napi_value a[] = {str(env, name), num(env, mode)};
  ll_call(s, OP_MKDIR, id, parent, 2, a);
  END();
}

static void ll_unlink(fuse_req_t req, fuse_ino_t parent, const char *name) {
  BEGIN(req);
  napi_value a[] = {str(env, name)};
  ll_call(s, OP_UNLINK, id, parent, 1, a);
  END();
}

static void ll_rmdir(fuse_req_t req, fuse_ino_t parent, const char *name) {
  BEGIN(req);
  napi_value a[] = {str(env, name)};
  ll_call(s, OP_RMDIR, id, parent, 1, a);
  END();
}

static void ll_symlink(fuse_req_t req, const char *link, fuse_ino_t parent, const char *name) {
  BEGIN(req);
  napi_value a[] = {str(env, name), str(env, link)};
  ll_call(s, OP_SYMLINK, id, parent, 2, a);
  END();
}

static void ll_rename(fuse_req_t req, fuse_ino_t parent, const char *name, fuse_ino_t newparent, const char *newname, unsigned int flags) {
  BEGIN(req);
  napi_value a[] = {str(env, name), num(env, newparent), str(env, newname), num(env, flags)};
  ll_call(s, OP_RENAME, id, parent, 4, a);
  END();
}

static void ll_link(fuse_req_t req, fuse_ino_t ino, fuse_ino_t newparent, const char *newname) {
  BEGIN(req);
  napi_value a[] = {num(env, newparent), str(env, newname)};
  ll_call(s, OP_LINK, id, ino, 2, a);
  END();
}

static void ll_open(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, fi->flags)};
  ll_call(s, OP_OPEN, id, ino, 1, a);
  END();
}

static void ll_read(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, (double)size), num(env, (double)off), num(env, fh_of(fi))};
  ll_call(s, OP_READ, id, ino, 3, a);
  END();
}

/*
 * The payload is lent to JavaScript for the synchronous part of the call only (the VFS copies it
 * into its write-behind buffer before it returns); the buffer is detached afterwards, so a late
 * use throws instead of reading the next request.
 */
static void ll_write(fuse_req_t req, fuse_ino_t ino, const char *buf, size_t size, off_t off, struct fuse_file_info *fi) {
  BEGIN(req);
  if (size > s->max_write_seen) s->max_write_seen = size;
  s->write_bytes += size;
  napi_value b;
  int external = size > 0 && napi_create_external_buffer(env, size, (void *)buf, NULL, NULL, &b) == napi_ok;
  if (!external) napi_create_buffer_copy(env, size, buf, NULL, &b);
  napi_value a[] = {b, num(env, (double)off), num(env, fh_of(fi))};
  ll_call(s, OP_WRITE, id, ino, 3, a);
  if (external) {
    napi_value ab;
    if (napi_get_typedarray_info(env, b, NULL, NULL, NULL, &ab, NULL) == napi_ok) napi_detach_arraybuffer(env, ab);
  }
  END();
}

static void ll_flush(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, fh_of(fi))};
  ll_call(s, OP_FLUSH, id, ino, 1, a);
  END();
}

static void ll_release(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, fh_of(fi))};
  ll_call(s, OP_RELEASE, id, ino, 1, a);
  END();
}

static void ll_fsync(fuse_req_t req, fuse_ino_t ino, int datasync, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, datasync), num(env, fh_of(fi))};
  ll_call(s, OP_FSYNC, id, ino, 2, a);
  END();
}

static void ll_opendir(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, fi->flags)};
  ll_call(s, OP_OPENDIR, id, ino, 1, a);
  END();
}

static void ll_readdir(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, (double)size), num(env, (double)off), num(env, fh_of(fi))};
  ll_call(s, OP_READDIR, id, ino, 3, a);
  END();
}

static void ll_readdirplus(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, (double)size), num(env, (double)off), num(env, fh_of(fi))};
  ll_call(s, OP_READDIRPLUS, id, ino, 3, a);
  END();
}

static void ll_releasedir(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, fh_of(fi))};
  ll_call(s, OP_RELEASEDIR, id, ino, 1, a);
  END();
}

static void ll_fsyncdir(fuse_req_t req, fuse_ino_t ino, int datasync, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, datasync), num(env, fh_of(fi))};
  ll_call(s, OP_FSYNCDIR, id, ino, 2, a);
  END();
}

static void ll_statfs(fuse_req_t req, fuse_ino_t ino) {
  BEGIN(req);
  ll_call(s, OP_STATFS, id, ino, 0, NULL);
  END();
}

/* The value is copied: JavaScript may keep it across awaits. */
static void ll_setxattr(fuse_req_t req, fuse_ino_t ino, const char *name, const char *value, size_t size, int flags) {
  BEGIN(req);
  napi_value v;
  napi_create_buffer_copy(env, size, value, NULL, &v);
  napi_value a[] = {str(env, name), v, num(env, flags)};
  ll_call(s, OP_SETXATTR, id, ino, 3, a);
  END();
}

static void ll_getxattr(fuse_req_t req, fuse_ino_t ino, const char *name, size_t size) {
  BEGIN(req);
  napi_value a[] = {str(env, name), num(env, (double)size)};
  ll_call(s, OP_GETXATTR, id, ino, 2, a);
  END();
}

static void ll_listxattr(fuse_req_t req, fuse_ino_t ino, size_t size) {
  BEGIN(req);
  napi_value a[] = {num(env, (double)size)};
  ll_call(s, OP_LISTXATTR, id, ino, 1, a);
  END();
}

static void ll_removexattr(fuse_req_t req, fuse_ino_t ino, const char *name) {
  BEGIN(req);
  napi_value a[] = {str(env, name)};
  ll_call(s, OP_REMOVEXATTR, id, ino, 1, a);
  END();
}

static void ll_access(fuse_req_t req, fuse_ino_t ino, int mask) {
  BEGIN(req);
  napi_value a[] = {num(env, mask)};
  ll_call(s, OP_ACCESS, id, ino, 1, a);
  END();
}

static void ll_create(fuse_req_t req, fuse_ino_t parent, const char *name, mode_t mode, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {str(env, name), num(env, mode), num(env, fi->flags)};
  ll_call(s, OP_CREATE, id, parent, 3, a);
  END();
}

/* fallocate(2): (mode, offset, length, fh); what HiveFS can honour is decided in JavaScript. */
static void ll_fallocate(fuse_req_t req, fuse_ino_t ino, int mode, off_t offset, off_t length, struct fuse_file_info *fi) {
  BEGIN(req);
  napi_value a[] = {num(env, mode), num(env, (double)offset), num(env, (double)length), num(env, fh_of(fi))};
  ll_call(s, OP_FALLOCATE, id, ino, 4, a);
  END();
}

/*
 * copy_file_range(2): the source node is `ino`; the other values go in one Float64Array
 * (offIn, fhIn, inoOut, offOut, fhOut, len, flags). Answered with replyWrite (bytes copied).
 */
static void ll_copy_file_range(fuse_req_t req, fuse_ino_t ino_in, off_t off_in, struct fuse_file_info *fi_in, fuse_ino_t ino_out,
                               off_t off_out, struct fuse_file_info *fi_out, size_t len, int flags) {
  BEGIN(req);
  napi_value ab, arr;
  void *data;
  if (napi_create_arraybuffer(env, 7 * sizeof(double), &data, &ab) != napi_ok ||
      napi_create_typedarray(env, napi_float64_array, 7, ab, 0, &arr) != napi_ok) {
    uint32_t slot;
    if (ll_slot_req(s, id, &slot)) ll_slot_free(s, slot);
    fuse_reply_err(req, ENOMEM);
    END();
    return;
  }
  double *d = data;
  d[0] = (double)off_in;
  d[1] = fh_of(fi_in);
  d[2] = (double)ino_out;
  d[3] = (double)off_out;
  d[4] = fh_of(fi_out);
  d[5] = (double)len;
  d[6] = flags;
  ll_call(s, OP_COPY_FILE_RANGE, id, ino_in, 1, &arr);
  END();
}

const struct fuse_lowlevel_ops ll_ops = {
    .init = ll_init,
    .lookup = ll_lookup,
    .forget = ll_forget,
    .forget_multi = ll_forget_multi,
    .getattr = ll_getattr,
    .setattr = ll_setattr,
    .readlink = ll_readlink,
    .mknod = ll_mknod,
    .mkdir = ll_mkdir,
    .unlink = ll_unlink,
    .rmdir = ll_rmdir,
    .symlink = ll_symlink,
    .rename = ll_rename,
    .link = ll_link,
    .open = ll_open,
    .read = ll_read,
    .write = ll_write,
    .flush = ll_flush,
    .release = ll_release,
    .fsync = ll_fsync,
    .opendir = ll_opendir,
    .readdir = ll_readdir,
    .readdirplus = ll_readdirplus,
    .releasedir = ll_releasedir,
    .fsyncdir = ll_fsyncdir,
    .statfs = ll_statfs,
    .setxattr = ll_setxattr,
    .getxattr = ll_getxattr,
    .listxattr = ll_listxattr,
    .removexattr = ll_removexattr,
    .access = ll_access,
    .create = ll_create,
    .fallocate = ll_fallocate,
    .copy_file_range = ll_copy_file_range,
};

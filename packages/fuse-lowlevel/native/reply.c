/*
 * Answers from JavaScript: each reply function takes the session and a request id, answers the
 * request with libfuse and frees its slot. Stats come through the session's shared Float64Arrays
 * (no object properties to read). Data leaves straight from the JavaScript buffer (libfuse writes
 * it to the kernel with writev: no copy in user space). Each returns libfuse's result (0, or
 * -errno, e.g. -ENOENT when the request was interrupted and the answer dropped), or -EALREADY for
 * an id that is answered already or unknown (the session ended meanwhile).
 */
#include "ll.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

#define MAX_ARGS 10

struct call {
  struct ll_session *s;
  fuse_req_t req;
  uint32_t slot;
  size_t argc;
  napi_value argv[MAX_ARGS];
};

/* Reads the arguments and takes the request named by argv[1] out of its slot; 0 when there is none. */
static int begin(napi_env env, napi_callback_info info, struct call *c, size_t need) {
  c->argc = MAX_ARGS;
  if (napi_get_cb_info(env, info, &c->argc, c->argv, NULL, NULL) != napi_ok) return 0;
  if (c->argc < need) {
    napi_throw_type_error(env, NULL, "fuse-lowlevel: missing reply arguments");
    return 0;
  }
  void *p = NULL;
  if (napi_get_value_external(env, c->argv[0], &p) != napi_ok || !p) {
    napi_throw_type_error(env, NULL, "fuse-lowlevel: not a session");
    return 0;
  }
  c->s = p;
  double id;
  if (napi_get_value_double(env, c->argv[1], &id) != napi_ok) {
    napi_throw_type_error(env, NULL, "fuse-lowlevel: bad request id");
    return 0;
  }
  c->req = c->s->destroyed ? NULL : ll_slot_req(c->s, id, &c->slot);
  if (c->req) ll_slot_free(c->s, c->slot);
  return 1;
}

static napi_value result(napi_env env, int r) {
  napi_value v;
  napi_create_int32(env, r, &v);
  return v;
}

static double arg_num(napi_env env, struct call *c, size_t i) {
  double d = 0;
  if (i < c->argc) napi_get_value_double(env, c->argv[i], &d);
  return d;
}

static void fill_stat(const double *a, struct stat *st) {
  memset(st, 0, sizeof(*st));
  st->st_ino = (ino_t)a[ST_INO];
  st->st_mode = (mode_t)a[ST_MODE];
  st->st_nlink = (nlink_t)a[ST_NLINK];
  st->st_uid = (uid_t)a[ST_UID];
  st->st_gid = (gid_t)a[ST_GID];
  st->st_size = (off_t)a[ST_SIZE];
  st->st_rdev = (dev_t)a[ST_RDEV];
  st->st_blksize = (blksize_t)a[ST_BLKSIZE];
  st->st_blocks = (blkcnt_t)a[ST_BLOCKS];
  st->st_atim.tv_sec = (time_t)a[ST_ATIME];
  st->st_atim.tv_nsec = (long)a[ST_ATIME_NS];
  st->st_mtim.tv_sec = (time_t)a[ST_MTIME];
  st->st_mtim.tv_nsec = (long)a[ST_MTIME_NS];
  st->st_ctim.tv_sec = (time_t)a[ST_CTIME];
  st->st_ctim.tv_nsec = (long)a[ST_CTIME_NS];
}

static void fill_entry(struct fuse_entry_param *e, double nodeid, double generation, double entry_timeout, double attr_timeout, const double *attr) {
  memset(e, 0, sizeof(*e));
  e->ino = (fuse_ino_t)nodeid;
  e->generation = (uint64_t)generation;
  e->entry_timeout = entry_timeout;
  e->attr_timeout = attr_timeout;
  fill_stat(attr, &e->attr);
}

/* Bits of an open reply (mirrored in src/native.ts). */
#define OPEN_DIRECT_IO 1
#define OPEN_KEEP_CACHE 2
#define OPEN_NONSEEKABLE 4
#define OPEN_CACHE_READDIR 8

static void fill_open(struct fuse_file_info *fi, double fh, unsigned bits) {
  memset(fi, 0, sizeof(*fi));
  fi->fh = (uint64_t)fh;
  fi->direct_io = (bits & OPEN_DIRECT_IO) != 0;
  fi->keep_cache = (bits & OPEN_KEEP_CACHE) != 0;
  fi->nonseekable = (bits & OPEN_NONSEEKABLE) != 0;
  fi->cache_readdir = (bits & OPEN_CACHE_READDIR) != 0;
}

/* replyErr(session, id, errno) - errno positive; 0 answers success with no data. */
static napi_value js_reply_err(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 3)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  return result(env, fuse_reply_err(c.req, (int)arg_num(env, &c, 2)));
}

/* replyEntry(session, id, nodeid, generation, entryTimeout, attrTimeout) - stat in attr[0..]; nodeid 0: a negative entry. */
static napi_value js_reply_entry(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 6)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  struct fuse_entry_param e;
  fill_entry(&e, arg_num(env, &c, 2), arg_num(env, &c, 3), arg_num(env, &c, 4), arg_num(env, &c, 5), c.s->attr);
  return result(env, fuse_reply_entry(c.req, &e));
}

/* replyCreate(session, id, nodeid, generation, entryTimeout, attrTimeout, fh, openBits) - stat in attr[0..]. */
static napi_value js_reply_create(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 8)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  struct fuse_entry_param e;
  struct fuse_file_info fi;
  fill_entry(&e, arg_num(env, &c, 2), arg_num(env, &c, 3), arg_num(env, &c, 4), arg_num(env, &c, 5), c.s->attr);
  fill_open(&fi, arg_num(env, &c, 6), (unsigned)arg_num(env, &c, 7));
  return result(env, fuse_reply_create(c.req, &e, &fi));
}

/* replyAttr(session, id, attrTimeout) - stat in attr[0..]. */
static napi_value js_reply_attr(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 3)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  struct stat st;
  fill_stat(c.s->attr, &st);
  return result(env, fuse_reply_attr(c.req, &st, arg_num(env, &c, 2)));
}

/* replyReadlink(session, id, target) */
static napi_value js_reply_readlink(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 3)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  size_t len = 0;
  napi_get_value_string_utf8(env, c.argv[2], NULL, 0, &len);
  char *target = malloc(len + 1);
  if (!target) return result(env, fuse_reply_err(c.req, ENOMEM));
  napi_get_value_string_utf8(env, c.argv[2], target, len + 1, &len);
  int r = fuse_reply_readlink(c.req, target);
  free(target);
  return result(env, r);
}

/* replyOpen(session, id, fh, openBits) - for open and opendir. */
static napi_value js_reply_open(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 4)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  struct fuse_file_info fi;
  fill_open(&fi, arg_num(env, &c, 2), (unsigned)arg_num(env, &c, 3));
  return result(env, fuse_reply_open(c.req, &fi));
}

/* replyWrite(session, id, count) */
static napi_value js_reply_write(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 3)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  return result(env, fuse_reply_write(c.req, (size_t)arg_num(env, &c, 2)));
}

/* The bytes of a Buffer or any typed array: 1, or 0 when `v` is neither. */
static int bytes_of(napi_env env, napi_value v, void **data, size_t *len) {
  if (napi_get_buffer_info(env, v, data, len) == napi_ok) return 1;
  napi_typedarray_type t;
  napi_value ab;
  size_t off;
  return napi_get_typedarray_info(env, v, &t, len, data, &ab, &off) == napi_ok;
}

/* replyBuf(session, id, buffer, length) - data straight from the JS buffer (read, getxattr, listxattr). */
static napi_value js_reply_buf(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 4)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  void *data = NULL;
  size_t len = 0;
  if (!bytes_of(env, c.argv[2], &data, &len)) return result(env, fuse_reply_err(c.req, EIO));
  double want = arg_num(env, &c, 3);
  size_t n = want < 0 ? 0 : (size_t)want;
  if (n > len) n = len;
  return result(env, fuse_reply_buf(c.req, data, n));
}

/* Most parts of one replyIov (a read spans a few read-ahead blocks). */
#define MAX_IOV 64

/* replyIov(session, id, parts) - a read answered from several buffers at once (views of the
 * client's read-ahead blocks): the kernel copies straight from each, nothing is joined here. */
static napi_value js_reply_iov(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 3)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  uint32_t count = 0;
  if (napi_get_array_length(env, c.argv[2], &count) != napi_ok || count > MAX_IOV) return result(env, fuse_reply_err(c.req, EIO));
  struct iovec iov[MAX_IOV];
  for (uint32_t i = 0; i < count; i++) {
    napi_value part;
    if (napi_get_element(env, c.argv[2], i, &part) != napi_ok || !bytes_of(env, part, &iov[i].iov_base, &iov[i].iov_len)) return result(env, fuse_reply_err(c.req, EIO));
  }
  return result(env, fuse_reply_iov(c.req, iov, (int)count));
}

/* replyStatfs(session, id) - figures in statfs[0..]. */
static napi_value js_reply_statfs(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 2)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  const double *f = c.s->statfs;
  struct statvfs sv;
  memset(&sv, 0, sizeof sv);
  sv.f_bsize = (unsigned long)f[SF_BSIZE];
  sv.f_frsize = (unsigned long)f[SF_FRSIZE];
  sv.f_blocks = (fsblkcnt_t)f[SF_BLOCKS];
  sv.f_bfree = (fsblkcnt_t)f[SF_BFREE];
  sv.f_bavail = (fsblkcnt_t)f[SF_BAVAIL];
  sv.f_files = (fsfilcnt_t)f[SF_FILES];
  sv.f_ffree = (fsfilcnt_t)f[SF_FFREE];
  sv.f_favail = (fsfilcnt_t)f[SF_FFREE];
  sv.f_namemax = (unsigned long)f[SF_NAMEMAX];
  return result(env, fuse_reply_statfs(c.req, &sv));
}

/* replyXattr(session, id, count) - the size an xattr value or list would need. */
static napi_value js_reply_xattr(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 3)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  return result(env, fuse_reply_xattr(c.req, (size_t)arg_num(env, &c, 2)));
}

/*
 * replyDirents(session, id, size, plus, names, attrs, nodeids, firstOffset, entryTimeout, attrTimeout)
 * Packs entries names[i] (stat attrs[i * ST_COUNT ..], kernel node id nodeids[i], 0 for none) into
 * at most `size` bytes, entry i getting the offset firstOffset + i + 1, and answers. Returns how
 * many entries went out (the kernel takes a lookup of each readdirplus entry with a node id), or
 * -errno when the answer failed (then the kernel saw none).
 */
static napi_value js_reply_dirents(napi_env env, napi_callback_info info) {
  struct call c;
  if (!begin(env, info, &c, 10)) return NULL;
  if (!c.req) return result(env, -EALREADY);
  size_t size = (size_t)arg_num(env, &c, 2);
  bool plus = false;
  napi_get_value_bool(env, c.argv[3], &plus);
  uint32_t n = 0;
  napi_get_array_length(env, c.argv[4], &n);
  double *attrs = NULL, *nodeids = NULL;
  size_t alen = 0, nlen = 0;
  napi_typedarray_type t;
  napi_value ab;
  size_t off;
  if (napi_get_typedarray_info(env, c.argv[5], &t, &alen, (void **)&attrs, &ab, &off) != napi_ok || t != napi_float64_array || alen < (size_t)n * ST_COUNT)
    return result(env, fuse_reply_err(c.req, EIO));
  if (plus && (napi_get_typedarray_info(env, c.argv[6], &t, &nlen, (void **)&nodeids, &ab, &off) != napi_ok || t != napi_float64_array || nlen < n))
    return result(env, fuse_reply_err(c.req, EIO));
  double first = arg_num(env, &c, 7), entry_timeout = arg_num(env, &c, 8), attr_timeout = arg_num(env, &c, 9);
  char *buf = malloc(size ? size : 1);
  if (!buf) return result(env, fuse_reply_err(c.req, ENOMEM));
  size_t used = 0;
  uint32_t added = 0;
  char name[1024];
  for (uint32_t i = 0; i < n; i++) {
    napi_value v;
    size_t len = 0;
    if (napi_get_element(env, c.argv[4], i, &v) != napi_ok || napi_get_value_string_utf8(env, v, name, sizeof name, &len) != napi_ok) break;
    off_t next = (off_t)(first + i + 1);
    size_t need;
    if (plus) {
      struct fuse_entry_param e;
      fill_entry(&e, nodeids[i], 0, entry_timeout, attr_timeout, attrs + (size_t)i * ST_COUNT);
      need = fuse_add_direntry_plus(c.req, NULL, 0, name, NULL, 0);
      if (used + need > size) break;
      fuse_add_direntry_plus(c.req, buf + used, size - used, name, &e, next);
    } else {
      struct stat st;
      fill_stat(attrs + (size_t)i * ST_COUNT, &st);
      need = fuse_add_direntry(c.req, NULL, 0, name, NULL, 0);
      if (used + need > size) break;
      fuse_add_direntry(c.req, buf + used, size - used, name, &st, next);
    }
    used += need;
    added++;
  }
  int r = fuse_reply_buf(c.req, buf, used);
  free(buf);
  return result(env, r < 0 ? r : (int)added);
}

napi_status ll_register_replies(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"replyErr", NULL, js_reply_err, NULL, NULL, NULL, napi_default, NULL},
      {"replyEntry", NULL, js_reply_entry, NULL, NULL, NULL, napi_default, NULL},
      {"replyCreate", NULL, js_reply_create, NULL, NULL, NULL, napi_default, NULL},
      {"replyAttr", NULL, js_reply_attr, NULL, NULL, NULL, napi_default, NULL},
      {"replyReadlink", NULL, js_reply_readlink, NULL, NULL, NULL, napi_default, NULL},
      {"replyOpen", NULL, js_reply_open, NULL, NULL, NULL, napi_default, NULL},
      {"replyWrite", NULL, js_reply_write, NULL, NULL, NULL, napi_default, NULL},
      {"replyBuf", NULL, js_reply_buf, NULL, NULL, NULL, napi_default, NULL},
      {"replyIov", NULL, js_reply_iov, NULL, NULL, NULL, napi_default, NULL},
      {"replyStatfs", NULL, js_reply_statfs, NULL, NULL, NULL, napi_default, NULL},
      {"replyXattr", NULL, js_reply_xattr, NULL, NULL, NULL, napi_default, NULL},
      {"replyDirents", NULL, js_reply_dirents, NULL, NULL, NULL, napi_default, NULL},
  };
  return napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
}

/*
 * startWriteback(fd, offset, length, done): asks the kernel to begin writing the dirty pages of
 * [offset, offset + length) of `fd` to disk, without waiting for them to reach it
 * (sync_file_range(2) with SYNC_FILE_RANGE_WRITE alone). Starting the write-out can still block
 * for a while when the device's queue is full, so the call runs on libuv's thread pool and
 * `done(errno)` (0 on success) is called on the event loop afterwards. It changes no data and
 * makes nothing durable: it only moves the disk writes a later fsync(2) or the kernel's own
 * writeback would do to an earlier time.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>

#include "start-writeback.h"

typedef struct {
  int fd;
  int64_t offset;
  int64_t length;
  int err;
  napi_ref done;
  napi_async_work work;
} Kick;

static void run(napi_env env, void *data) {
  Kick *k = data;
  int r;
  do {
    r = sync_file_range(k->fd, (off_t)k->offset, (off_t)k->length, SYNC_FILE_RANGE_WRITE);
  } while (r < 0 && errno == EINTR);
  k->err = r < 0 ? errno : 0;
}

static void finish(napi_env env, napi_status status, void *data) {
  Kick *k = data;
  napi_value done, global, arg;
  if (napi_get_reference_value(env, k->done, &done) == napi_ok && done != NULL && napi_get_global(env, &global) == napi_ok &&
      napi_create_int32(env, status == napi_cancelled ? ECANCELED : k->err, &arg) == napi_ok) {
    napi_call_function(env, global, done, 1, &arg, NULL);
  }
  napi_delete_reference(env, k->done);
  napi_delete_async_work(env, k->work);
  free(k);
}

static bool safe_integer(napi_env env, napi_value v, double *out) {
  return napi_get_value_double(env, v, out) == napi_ok && *out >= 0 && *out <= 9007199254740991.0 && (double)(int64_t)*out == *out;
}

static napi_value start_writeback(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  int32_t fd;
  double offset, length;
  napi_valuetype cb;
  if (argc < 4 || napi_get_value_int32(env, argv[0], &fd) != napi_ok || fd < 0 || !safe_integer(env, argv[1], &offset) ||
      !safe_integer(env, argv[2], &length) || napi_typeof(env, argv[3], &cb) != napi_ok || cb != napi_function) {
    napi_throw_type_error(env, NULL, "startWriteback(fd, offset, length, done): fd, offset and length must be non-negative integers, done a function");
    return NULL;
  }
  Kick *k = calloc(1, sizeof *k);
  if (k == NULL) {
    napi_throw_error(env, NULL, "startWriteback: out of memory");
    return NULL;
  }
  k->fd = fd;
  k->offset = (int64_t)offset;
  k->length = (int64_t)length;
  napi_value name;
  if (napi_create_reference(env, argv[3], 1, &k->done) != napi_ok || napi_create_string_utf8(env, "hivefs:startWriteback", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, run, finish, k, &k->work) != napi_ok || napi_queue_async_work(env, k->work) != napi_ok) {
    if (k->work) napi_delete_async_work(env, k->work);
    if (k->done) napi_delete_reference(env, k->done);
    free(k);
    napi_throw_error(env, NULL, "startWriteback: could not queue the work");
    return NULL;
  }
  return NULL;
}

bool register_start_writeback(napi_env env, napi_value exports) {
  napi_value fn;
  return napi_create_function(env, "startWriteback", NAPI_AUTO_LENGTH, start_writeback, NULL, &fn) == napi_ok &&
         napi_set_named_property(env, exports, "startWriteback", fn) == napi_ok;
}

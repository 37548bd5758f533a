/*
 * preadNowait(fd, buffer, position): one preadv2(2) with RWF_NOWAIT into the whole of `buffer`
 * (a Uint8Array) at file offset `position`. The kernel copies only what its page cache holds and
 * never waits for the disk: the call costs what a memcpy costs, so it can run on the event loop
 * and spare a read the trip through libuv's thread pool. Returns the bytes read (0 at the end of
 * the file; fewer than asked when only a first part is cached), or -errno: -EAGAIN when nothing
 * of the range is cached (or a lock would have to be waited for), -EOPNOTSUPP or -ENOSYS where
 * the file system or kernel has no RWF_NOWAIT for buffered reads, or any error of pread(2).
 * The caller reads what is missing the ordinary way.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <node_api.h>
#include <stdint.h>
#include <sys/uio.h>

#include "start-writeback.h"

#ifndef RWF_NOWAIT
#define RWF_NOWAIT 0x00000008
#endif

static napi_value number(napi_env env, double v) {
  napi_value out;
  napi_create_double(env, v, &out);
  return out;
}

static napi_value pread_nowait(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  if (argc < 3) {
    napi_throw_type_error(env, NULL, "preadNowait(fd, buffer, position): missing arguments");
    return NULL;
  }
  int32_t fd;
  double position;
  bool typed;
  if (napi_get_value_int32(env, argv[0], &fd) != napi_ok || fd < 0) {
    napi_throw_type_error(env, NULL, "preadNowait: fd must be a non-negative integer");
    return NULL;
  }
  if (napi_is_typedarray(env, argv[1], &typed) != napi_ok || !typed) {
    napi_throw_type_error(env, NULL, "preadNowait: buffer must be a Uint8Array");
    return NULL;
  }
  if (napi_get_value_double(env, argv[2], &position) != napi_ok || !(position >= 0) || position > 9007199254740991.0) {
    napi_throw_type_error(env, NULL, "preadNowait: position must be a non-negative safe integer");
    return NULL;
  }
  napi_typedarray_type type;
  size_t length;
  void *data;
  if (napi_get_typedarray_info(env, argv[1], &type, &length, &data, NULL, NULL) != napi_ok || type != napi_uint8_array) {
    napi_throw_type_error(env, NULL, "preadNowait: buffer must be a Uint8Array");
    return NULL;
  }
  if (length == 0) return number(env, 0);
  struct iovec iov = { .iov_base = data, .iov_len = length };
  ssize_t n;
  do {
    n = preadv2(fd, &iov, 1, (off_t)position, RWF_NOWAIT);
  } while (n < 0 && errno == EINTR);
  return number(env, n < 0 ? -(double)errno : (double)n);
}

static napi_value init(napi_env env, napi_value exports) {
  napi_value fn;
  if (napi_create_function(env, "preadNowait", NAPI_AUTO_LENGTH, pread_nowait, NULL, &fn) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "preadNowait", fn) != napi_ok) return NULL;
  if (!register_start_writeback(env, exports)) return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)

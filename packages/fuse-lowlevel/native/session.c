/*
 * One FUSE session per mount: creation and mount, the uv_poll loop that reads and processes
 * requests on the main thread, the slot table of requests waiting for JavaScript, the end of the
 * session (ENODEV: unmounted or aborted) and its destruction.
 */
#include "ll.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOT_BITS 20
#define SLOT_SPAN ((double)(1u << SLOT_BITS))
#define MAX_SLOTS (1u << SLOT_BITS)
#define NO_SLOT UINT32_MAX
/* Requests processed per readable event before other I/O of the loop gets its turn. */
#define BATCH 64

static void on_interrupt(fuse_req_t req, void *data);

/* A slot for `req`, as the id JavaScript answers with (slot + generation * 2^20); -1 when full. */
double ll_slot_take(struct ll_session *s, fuse_req_t req) {
  if (s->free_head == NO_SLOT) {
    uint32_t n = s->nslots ? s->nslots * 2 : 256;
    if (n > MAX_SLOTS) n = MAX_SLOTS;
    if (n <= s->nslots) return -1;
    struct ll_slot *grown = realloc(s->slots, n * sizeof(*grown));
    if (!grown) return -1;
    for (uint32_t i = s->nslots; i < n; i++) grown[i] = (struct ll_slot){.req = NULL, .gen = 0, .interrupted = 0, .next_free = i + 1 < n ? i + 1 : NO_SLOT};
    s->slots = grown;
    s->free_head = s->nslots;
    s->nslots = n;
  }
  uint32_t i = s->free_head;
  struct ll_slot *sl = &s->slots[i];
  s->free_head = sl->next_free;
  sl->req = req;
  sl->gen = (sl->gen + 1) & 0xffffffffu;
  sl->interrupted = 0;
  s->outstanding++;
  /* an INTERRUPT that came before (or comes after) this point marks the slot */
  fuse_req_interrupt_func(req, on_interrupt, (void *)(uintptr_t)i);
  return (double)i + (double)sl->gen * SLOT_SPAN;
}

/* The request of a live id (its slot in *slot_out), or NULL for an id answered already or unknown. */
fuse_req_t ll_slot_req(struct ll_session *s, double id, uint32_t *slot_out) {
  if (!(id >= 0) || id > 9007199254740991.0) return NULL;
  double genf = (double)(uint64_t)(id / SLOT_SPAN);
  uint32_t i = (uint32_t)(id - genf * SLOT_SPAN);
  if (i >= s->nslots) return NULL;
  struct ll_slot *sl = &s->slots[i];
  if (!sl->req || (double)sl->gen != genf) return NULL;
  *slot_out = i;
  return sl->req;
}

void ll_slot_free(struct ll_session *s, uint32_t i) {
  struct ll_slot *sl = &s->slots[i];
  sl->req = NULL;
  sl->next_free = s->free_head;
  s->free_head = i;
  s->outstanding--;
}

/* Called by libfuse (on this thread) when the kernel interrupts a request; JS hears of it after the batch. */
static void on_interrupt(fuse_req_t req, void *data) {
  struct ll_session *s = fuse_req_userdata(req);
  uint32_t i = (uint32_t)(uintptr_t)data;
  if (i >= s->nslots || s->slots[i].req != req) return;
  s->slots[i].interrupted = 1;
  if (s->npending_intr == s->cap_pending_intr) {
    uint32_t n = s->cap_pending_intr ? s->cap_pending_intr * 2 : 16;
    uint32_t *grown = realloc(s->pending_intr, n * sizeof(*grown));
    if (!grown) return; /* the slot stays marked; JS sees it when it asks */
    s->pending_intr = grown;
    s->cap_pending_intr = n;
  }
  s->pending_intr[s->npending_intr++] = i;
}

/*
 * Calls the dispatcher. A throw (a bug in the adapter) is printed, and a request it left
 * unanswered gets EIO, so neither the process nor the caller is left hanging.
 */
void ll_call(struct ll_session *s, int op, double id, double ino, int argc, napi_value *args) {
  napi_env env = s->env;
  napi_value fn, recv, argv[8], result;
  if (op >= 0 && op < LL_OP_SLOTS) s->op_count[op]++;
  if (napi_get_reference_value(env, s->dispatch, &fn) != napi_ok || !fn) return;
  napi_get_undefined(env, &recv);
  napi_create_int32(env, op, &argv[0]);
  napi_create_double(env, id, &argv[1]);
  napi_create_double(env, ino, &argv[2]);
  for (int i = 0; i < argc && i < 5; i++) argv[3 + i] = args[i];
  napi_status st = napi_call_function(env, recv, fn, 3 + (argc < 5 ? argc : 5), argv, &result);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (st != napi_ok || pending) {
    napi_value exc, msg;
    if (pending && napi_get_and_clear_last_exception(env, &exc) == napi_ok && napi_coerce_to_string(env, exc, &msg) == napi_ok) {
      char text[512];
      size_t len = 0;
      napi_get_value_string_utf8(env, msg, text, sizeof text, &len);
      fprintf(stderr, "fuse-lowlevel: dispatcher threw on op %d: %s\n", op, text);
    }
    uint32_t slot;
    fuse_req_t req = id > 0 ? ll_slot_req(s, id, &slot) : NULL;
    if (req) {
      ll_slot_free(s, slot);
      fuse_reply_err(req, EIO);
    }
  }
}

/* Tells JS about requests interrupted during the batch that it has not answered yet. */
static void deliver_interrupts(struct ll_session *s) {
  for (uint32_t k = 0; k < s->npending_intr; k++) {
    uint32_t i = s->pending_intr[k];
    if (i >= s->nslots || !s->slots[i].req) continue;
    ll_call(s, OP_INTERRUPT, (double)i + (double)s->slots[i].gen * SLOT_SPAN, 0, 0, NULL);
  }
  s->npending_intr = 0;
}

/* The connection is gone (unmount, abort, or the kernel closed it): stop reading, tell JS once. */
void ll_end(struct ll_session *s) {
  if (s->ended) return;
  s->ended = 1;
  s->mounted = 0;
  if (s->polling) {
    uv_poll_stop(&s->poll);
  }
  ll_call(s, OP_ENDED, 0, 0, 0, NULL);
}

static void on_readable(uv_poll_t *handle, int status, int events) {
  struct ll_session *s = handle->data;
  (void)events;
  napi_env env = s->env;
  napi_handle_scope hs;
  napi_callback_scope cs = NULL;
  napi_value resource;
  if (napi_open_handle_scope(env, &hs) != napi_ok) return;
  /* a callback scope: promise jobs and nextTicks the ops queue run when the batch ends */
  if (napi_get_reference_value(env, s->self, &resource) == napi_ok && resource)
    napi_open_callback_scope(env, resource, s->async_ctx, &cs);
  if (status < 0) {
    ll_end(s);
  } else {
    /* close() from an op stops the batch: the session is destroyed once the handle has closed */
    for (int n = 0; n < BATCH && !s->ended && !uv_is_closing((uv_handle_t *)&s->poll); n++) {
      int res = fuse_session_receive_buf(s->se, &s->buf);
      if (res == -EINTR) continue;
      if (res == -EAGAIN) break;
      if (res <= 0 || fuse_session_exited(s->se)) {
        ll_end(s);
        break;
      }
      s->requests++;
      fuse_session_process_buf(s->se, &s->buf);
      if (s->npending_intr) deliver_interrupts(s);
    }
  }
  if (cs) napi_close_callback_scope(env, cs);
  napi_close_handle_scope(env, hs);
}

/* Frees what libfuse holds: unanswered requests (answered with nothing), the session, its fd. */
static void destroy_session(struct ll_session *s) {
  if (s->destroyed) return;
  s->destroyed = 1;
  for (uint32_t i = 0; i < s->nslots; i++) {
    if (s->slots[i].req) {
      fuse_req_t req = s->slots[i].req;
      ll_slot_free(s, i);
      fuse_reply_none(req);
    }
  }
  if (s->se) {
    if (s->mounted && !s->ended) fuse_session_unmount(s->se);
    /* a notifier stuck in the kernel still uses the session: it is left alive for it */
    if (ll_notifier_stop(s) == 0) fuse_session_destroy(s->se);
    else fprintf(stderr, "fuse-lowlevel: the notifier thread did not end; the session is left to it\n");
    s->se = NULL;
  }
  free(s->buf.mem);
  s->buf.mem = NULL;
  free(s->pending_intr);
  s->pending_intr = NULL;
  if (s->dispatch) napi_delete_reference(s->env, s->dispatch);
  s->dispatch = NULL;
  if (s->async_ctx) napi_async_destroy(s->env, s->async_ctx);
  s->async_ctx = NULL;
  if (s->self) napi_delete_reference(s->env, s->self);
  s->self = NULL;
}

static void on_poll_closed(uv_handle_t *handle) {
  struct ll_session *s = handle->data;
  s->polling = 0;
  destroy_session(s);
}

static void finalize_session(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  struct ll_session *s = data;
  if (!s->destroyed) return; /* cannot happen: self keeps it alive until destroyed */
  if (s->notifier.stuck) return; /* its thread still uses it */
  free(s->slots);
  free(s);
}

static struct ll_session *unwrap(napi_env env, napi_value v) {
  void *p = NULL;
  if (napi_get_value_external(env, v, &p) != napi_ok || !p) {
    napi_throw_type_error(env, NULL, "fuse-lowlevel: not a session");
    return NULL;
  }
  return p;
}

static napi_value shared_f64(napi_env env, double *mem, size_t n) {
  napi_value ab, arr;
  if (napi_create_external_arraybuffer(env, mem, n * sizeof(double), NULL, NULL, &ab) != napi_ok) return NULL;
  if (napi_create_typedarray(env, napi_float64_array, n, ab, 0, &arr) != napi_ok) return NULL;
  return arr;
}

static unsigned opt_uint(napi_env env, napi_value obj, const char *name) {
  napi_value v;
  bool has = false;
  uint32_t r = 0;
  if (napi_has_named_property(env, obj, name, &has) != napi_ok || !has) return 0;
  if (napi_get_named_property(env, obj, name, &v) != napi_ok) return 0;
  if (napi_get_value_uint32(env, v, &r) != napi_ok) return 0;
  return r;
}

/*
 * mount(mountpoint, options: string[], dispatch, wants) -> { session, info, attr, statfs }
 * options are fuse_session_new's (e.g. ['-o', 'fsname=x,default_permissions']); wants: maxWrite,
 * maxReadahead, maxBackground, congestionThreshold, writebackCache (0/1). Throws when the mount fails.
 */
static napi_value js_mount(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  LL_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 4) {
    napi_throw_type_error(env, NULL, "mount(mountpoint, options, dispatch, wants)");
    return NULL;
  }
  char mountpoint[4096];
  size_t len;
  LL_CHECK(env, napi_get_value_string_utf8(env, argv[0], mountpoint, sizeof mountpoint, &len));
  uint32_t nopts = 0;
  LL_CHECK(env, napi_get_array_length(env, argv[1], &nopts));
  if (nopts > 62) {
    napi_throw_range_error(env, NULL, "fuse-lowlevel: too many options");
    return NULL;
  }
  char *args[64];
  int nargs = 0;
  args[nargs++] = strdup("hivefs-client");
  for (uint32_t i = 0; i < nopts; i++) {
    napi_value v;
    char buf[4096];
    LL_CHECK(env, napi_get_element(env, argv[1], i, &v));
    LL_CHECK(env, napi_get_value_string_utf8(env, v, buf, sizeof buf, &len));
    args[nargs++] = strdup(buf);
  }
  args[nargs] = NULL;

  struct ll_session *s = calloc(1, sizeof(*s));
  if (!s) {
    napi_throw_error(env, NULL, "fuse-lowlevel: out of memory");
    return NULL;
  }
  s->env = env;
  s->free_head = NO_SLOT;
  s->fd = -1;
  s->wants.max_write = opt_uint(env, argv[3], "maxWrite");
  s->wants.max_readahead = opt_uint(env, argv[3], "maxReadahead");
  s->wants.max_background = opt_uint(env, argv[3], "maxBackground");
  s->wants.congestion_threshold = opt_uint(env, argv[3], "congestionThreshold");
  s->wants.writeback_cache = opt_uint(env, argv[3], "writebackCache") != 0;

  struct fuse_args fargs = FUSE_ARGS_INIT(nargs, args);
  s->se = fuse_session_new(&fargs, &ll_ops, sizeof(ll_ops), s);
  for (int i = 0; i < nargs; i++) free(args[i]);
  if (!s->se) {
    free(s);
    napi_throw_error(env, NULL, "fuse-lowlevel: fuse_session_new failed (bad options?)");
    return NULL;
  }
  if (fuse_session_mount(s->se, mountpoint) != 0) {
    fuse_session_destroy(s->se);
    free(s);
    napi_throw_error(env, NULL, "fuse-lowlevel: fuse_session_mount failed (is /dev/fuse there, the fuse module loaded, the mount point free?)");
    return NULL;
  }
  s->mounted = 1;
  s->fd = fuse_session_fd(s->se);
  int fl = fcntl(s->fd, F_GETFL);
  fcntl(s->fd, F_SETFL, fl | O_NONBLOCK);

  napi_value ext, name, result;
  LL_CHECK(env, napi_create_external(env, s, finalize_session, NULL, &ext));
  LL_CHECK(env, napi_create_reference(env, argv[2], 1, &s->dispatch));
  LL_CHECK(env, napi_create_reference(env, ext, 1, &s->self));
  LL_CHECK(env, napi_create_string_utf8(env, "hivefs:fuse-lowlevel", NAPI_AUTO_LENGTH, &name));
  LL_CHECK(env, napi_async_init(env, ext, name, &s->async_ctx));

  uv_loop_t *loop;
  LL_CHECK(env, napi_get_uv_event_loop(env, &loop));
  if (uv_poll_init(loop, &s->poll, s->fd) != 0) {
    destroy_session(s);
    napi_throw_error(env, NULL, "fuse-lowlevel: uv_poll_init failed");
    return NULL;
  }
  s->poll.data = s;
  s->polling = 1;
  uv_poll_start(&s->poll, UV_READABLE, on_readable);

  LL_CHECK(env, napi_create_object(env, &result));
  LL_CHECK(env, napi_set_named_property(env, result, "session", ext));
  LL_CHECK(env, napi_set_named_property(env, result, "info", shared_f64(env, s->info, INFO_COUNT)));
  LL_CHECK(env, napi_set_named_property(env, result, "attr", shared_f64(env, s->attr, ST_COUNT * 2)));
  LL_CHECK(env, napi_set_named_property(env, result, "statfs", shared_f64(env, s->statfs, SF_COUNT)));
  return result;
}

/*
 * close(session): stops reading, answers nothing more, unmounts if the kernel still has the mount
 * (normally the caller unmounted first and the session ended), frees the session. Idempotent.
 */
static napi_value js_close(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  LL_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  struct ll_session *s = unwrap(env, argv[0]);
  if (!s) return NULL;
  if (s->polling) {
    if (!uv_is_closing((uv_handle_t *)&s->poll)) {
      uv_poll_stop(&s->poll);
      uv_close((uv_handle_t *)&s->poll, on_poll_closed);
    }
  } else {
    destroy_session(s);
  }
  return NULL;
}

/* stats(session) -> { requests, outstanding, maxWriteSeen, ended, maxWrite, want, writeBytes, ops[opcode] } */
static napi_value js_stats(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], o, v;
  LL_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  struct ll_session *s = unwrap(env, argv[0]);
  if (!s) return NULL;
  LL_CHECK(env, napi_create_object(env, &o));
#define FIELD(name, value) LL_CHECK(env, napi_create_double(env, (double)(value), &v)); LL_CHECK(env, napi_set_named_property(env, o, name, v))
  FIELD("requests", s->requests);
  FIELD("outstanding", s->outstanding);
  FIELD("maxWriteSeen", s->max_write_seen);
  FIELD("ended", s->ended);
  FIELD("maxWrite", s->conn.max_write);
  FIELD("want", s->conn.want);
  FIELD("writeBytes", s->write_bytes);
  FIELD("notesQueued", s->notifier.queued);
  FIELD("notesSent", s->notifier.sent);
  FIELD("notesFailed", s->notifier.failed);
#undef FIELD
  /* ops: dispatcher calls per op code, indexed by the code */
  napi_value ops;
  LL_CHECK(env, napi_create_array_with_length(env, LL_OP_SLOTS, &ops));
  for (uint32_t i = 0; i < LL_OP_SLOTS; i++) {
    LL_CHECK(env, napi_create_double(env, (double)s->op_count[i], &v));
    LL_CHECK(env, napi_set_element(env, ops, i, v));
  }
  LL_CHECK(env, napi_set_named_property(env, o, "ops", ops));
  return o;
}

/* interrupted(session, id): whether the kernel interrupted the request (false once answered). */
static napi_value js_interrupted(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], r;
  double id;
  LL_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  struct ll_session *s = unwrap(env, argv[0]);
  if (!s) return NULL;
  LL_CHECK(env, napi_get_value_double(env, argv[1], &id));
  uint32_t slot;
  int yes = !s->destroyed && ll_slot_req(s, id, &slot) && s->slots[slot].interrupted;
  LL_CHECK(env, napi_get_boolean(env, yes, &r));
  return r;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"mount", NULL, js_mount, NULL, NULL, NULL, napi_default, NULL},
      {"close", NULL, js_close, NULL, NULL, NULL, napi_default, NULL},
      {"stats", NULL, js_stats, NULL, NULL, NULL, napi_default, NULL},
      {"interrupted", NULL, js_interrupted, NULL, NULL, NULL, napi_default, NULL},
  };
  if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
  if (ll_register_replies(env, exports) != napi_ok) return NULL;
  if (ll_register_notify(env, exports) != napi_ok) return NULL;
  return exports;
}

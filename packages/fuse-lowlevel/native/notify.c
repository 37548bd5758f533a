#define _GNU_SOURCE
/*
 * Kernel cache invalidation (FUSE_NOTIFY_INVAL_ENTRY / FUSE_NOTIFY_INVAL_INODE). A notification
 * that can wait for a kernel lock is never sent from the main thread: the kernel takes the
 * directory's lock for an entry invalidation and page locks for a page invalidation, and a
 * request of ours that holds them waits for an answer only the main thread can give, so the main
 * thread would wait for itself (libfuse: "don't call this function from a filesystem operation").
 * Those go to a queue that one notifier thread per session drains; it may wait there while the
 * main thread goes on answering. An invalidation of an inode's attributes only (offset < 0)
 * takes no lock the kernel holds across a request (a spinlock and the attribute version), so it
 * is sent at once, in order with the replies that follow it.
 */
#include "ll.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct ll_note {
  struct ll_note *next;
  int entry;        /* 1: inval_entry(ino = parent, name); 0: inval_inode(ino, off, len) */
  fuse_ino_t ino;
  off_t off, len;
  size_t namelen;
  char name[];
};

static void *notifier_main(void *arg) {
  struct ll_session *s = arg;
  struct ll_notifier *n = &s->notifier;
  pthread_mutex_lock(&n->mu);
  for (;;) {
    while (!n->head && !n->stop) pthread_cond_wait(&n->cv, &n->mu);
    if (n->stop) break;
    struct ll_note *note = n->head;
    n->head = note->next;
    if (!n->head) n->tail = NULL;
    n->busy = 1;
    pthread_mutex_unlock(&n->mu);
    int r = note->entry ? fuse_lowlevel_notify_inval_entry(s->se, note->ino, note->name, note->namelen)
                        : fuse_lowlevel_notify_inval_inode(s->se, note->ino, note->off, note->len);
    free(note);
    pthread_mutex_lock(&n->mu);
    n->busy = 0;
    /* ENOENT: the kernel no longer holds the inode or name; nothing was cached */
    if (r == 0 || r == -ENOENT) n->sent++;
    else n->failed++;
  }
  pthread_mutex_unlock(&n->mu);
  return NULL;
}

/* Queues a note for the notifier thread (started at the first); 0 or -errno. */
static int enqueue(struct ll_session *s, struct ll_note *note) {
  struct ll_notifier *n = &s->notifier;
  if (!n->started) {
    pthread_mutex_init(&n->mu, NULL);
    pthread_cond_init(&n->cv, NULL);
    if (pthread_create(&n->thread, NULL, notifier_main, s) != 0) {
      pthread_cond_destroy(&n->cv);
      pthread_mutex_destroy(&n->mu);
      free(note);
      return -EAGAIN;
    }
    n->started = 1;
  }
  pthread_mutex_lock(&n->mu);
  note->next = NULL;
  if (n->tail) n->tail->next = note;
  else n->head = note;
  n->tail = note;
  n->queued++;
  pthread_cond_signal(&n->cv);
  pthread_mutex_unlock(&n->mu);
  return 0;
}

/*
 * Stops the notifier before the session is destroyed: drops what is queued and waits for a note
 * being sent (it ends once the connection is gone, which aborts the requests it could wait for).
 * 0 when the thread ended; -ETIMEDOUT when it is still inside the kernel after 2 s: the session
 * must then be left alive (leaked) for it.
 */
int ll_notifier_stop(struct ll_session *s) {
  struct ll_notifier *n = &s->notifier;
  if (!n->started) return 0;
  pthread_mutex_lock(&n->mu);
  n->stop = 1;
  while (n->head) {
    struct ll_note *next = n->head->next;
    free(n->head);
    n->head = next;
  }
  n->tail = NULL;
  pthread_cond_signal(&n->cv);
  pthread_mutex_unlock(&n->mu);
  struct timespec until;
  clock_gettime(CLOCK_REALTIME, &until);
  until.tv_sec += 2;
  if (pthread_timedjoin_np(n->thread, NULL, &until) != 0) {
    pthread_detach(n->thread);
    n->stuck = 1;
    return -ETIMEDOUT;
  }
  n->started = 0;
  pthread_cond_destroy(&n->cv);
  pthread_mutex_destroy(&n->mu);
  return 0;
}

static struct ll_session *session_arg(napi_env env, napi_value v) {
  void *p = NULL;
  if (napi_get_value_external(env, v, &p) != napi_ok || !p) {
    napi_throw_type_error(env, NULL, "fuse-lowlevel: not a session");
    return NULL;
  }
  return p;
}

static napi_value int_result(napi_env env, int r) {
  napi_value v;
  napi_create_int32(env, r, &v);
  return v;
}

/* notifyInvalEntry(session, parentIno, name) -> 0 (queued) or -errno: the kernel forgets `name` in `parent`. */
static napi_value js_inval_entry(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  LL_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 3) {
    napi_throw_type_error(env, NULL, "notifyInvalEntry(session, parentIno, name)");
    return NULL;
  }
  struct ll_session *s = session_arg(env, argv[0]);
  if (!s) return NULL;
  double parent;
  size_t len = 0;
  LL_CHECK(env, napi_get_value_double(env, argv[1], &parent));
  LL_CHECK(env, napi_get_value_string_utf8(env, argv[2], NULL, 0, &len));
  if (s->destroyed || s->ended) return int_result(env, -ENOTCONN);
  if (len == 0 || len > 1024 || !(parent >= 1)) return int_result(env, -EINVAL);
  struct ll_note *note = calloc(1, sizeof(*note) + len + 1);
  if (!note) return int_result(env, -ENOMEM);
  LL_CHECK(env, napi_get_value_string_utf8(env, argv[2], note->name, len + 1, &len));
  note->entry = 1;
  note->ino = (fuse_ino_t)parent;
  note->namelen = len;
  return int_result(env, enqueue(s, note));
}

/*
 * notifyInvalInode(session, ino, off, len) -> 0 or -errno: the kernel drops the inode's cached
 * attributes and, for off >= 0, its cached pages in [off, off + len) (len 0: to the end). With
 * off < 0 it is sent at once (libfuse's result; -ENOENT: the kernel does not hold the inode),
 * else queued.
 */
static napi_value js_inval_inode(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  LL_CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 4) {
    napi_throw_type_error(env, NULL, "notifyInvalInode(session, ino, off, len)");
    return NULL;
  }
  struct ll_session *s = session_arg(env, argv[0]);
  if (!s) return NULL;
  double ino, off, len;
  LL_CHECK(env, napi_get_value_double(env, argv[1], &ino));
  LL_CHECK(env, napi_get_value_double(env, argv[2], &off));
  LL_CHECK(env, napi_get_value_double(env, argv[3], &len));
  if (s->destroyed || s->ended || !s->se) return int_result(env, -ENOTCONN);
  if (!(ino >= 1) || !(len >= 0)) return int_result(env, -EINVAL);
  if (off < 0) return int_result(env, fuse_lowlevel_notify_inval_inode(s->se, (fuse_ino_t)ino, -1, 0));
  struct ll_note *note = calloc(1, sizeof(*note));
  if (!note) return int_result(env, -ENOMEM);
  note->ino = (fuse_ino_t)ino;
  note->off = (off_t)off;
  note->len = (off_t)len;
  return int_result(env, enqueue(s, note));
}

napi_status ll_register_notify(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"notifyInvalEntry", NULL, js_inval_entry, NULL, NULL, NULL, napi_default, NULL},
      {"notifyInvalInode", NULL, js_inval_inode, NULL, NULL, NULL, napi_default, NULL},
  };
  return napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
}

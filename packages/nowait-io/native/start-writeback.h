/* startWriteback of start-writeback.c: registered on the addon's exports by its init. */
#ifndef HIVEFS_START_WRITEBACK_H
#define HIVEFS_START_WRITEBACK_H
#include <node_api.h>
#include <stdbool.h>

bool register_start_writeback(napi_env env, napi_value exports);

#endif

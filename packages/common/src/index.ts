// Public API of @hivefs/common (test helpers live in @hivefs/common/testing).

export * from './config.js';
export * from './logger.js';
export * from './lifecycle.js';
export * from './auth-secret.js';
export * from './net.js';
export * from './kv/kv-store.js';
export * from './kv/key-codec.js';
export * from './client-config.js';
export * from './format-file.js';
export * from './conf-edit.js';
export * from './daemon-config.js';
export * from './mount-registry.js';
export * from './buffer-pool.js';
export * from './keyed-locks.js';
export * from './recency.js';
export * from './disk-space.js';
export * from './durable-file.js';

// @hivefs/fuse-lowlevel: the libfuse3 low-level binding (addon loader, types, op codes and array layouts).
export * from './native.js';
export * from './ops.js';

{
  "targets": [
    {
      "target_name": "fuse_lowlevel",
      "sources": ["native/session.c", "native/ops.c", "native/reply.c", "native/notify.c"],
      "include_dirs": ["<!@(pkg-config --cflags-only-I fuse3 | sed 's/-I//g')"],
      "libraries": ["<!@(pkg-config --libs fuse3)", "-lpthread"],
      "cflags": ["-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-O2"],
      "defines": ["NAPI_VERSION=8", "_FILE_OFFSET_BITS=64"]
    }
  ]
}

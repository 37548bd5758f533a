{
  "targets": [
    {
      "target_name": "nowait_io",
      "sources": ["native/pread-nowait.c", "native/start-writeback.c"],
      "cflags": ["-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-O2"],
      "defines": ["NAPI_VERSION=8", "_FILE_OFFSET_BITS=64"]
    }
  ]
}

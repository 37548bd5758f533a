// Preload (NODE_OPTIONS="--require bench/cpu-prof-hook.cjs") that profiles a process with the
// V8 CPU profiler and writes $HIVEFS_PROF_DIR/<name>-<pid>.cpuprofile when it exits, for daemons
// started by hivefs-local (NODE_OPTIONS may not carry --cpu-prof itself).
'use strict';
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.HIVEFS_PROF_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.setSamplingInterval', { interval: Number(process.env.HIVEFS_PROF_INTERVAL_US || 500) });
  session.post('Profiler.enable');
  session.post('Profiler.start');
  process.on('exit', () => {
    // A session in the same thread answers synchronously.
    session.post('Profiler.stop', (err, res) => {
      if (err) return;
      const name = path.basename(process.argv[1] || 'node');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${name}-${process.pid}.cpuprofile`), JSON.stringify(res.profile));
    });
  });
}

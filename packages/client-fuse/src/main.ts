// Entry point of hivefs-client: parse the command line, mount every file system, serve until SIGTERM/SIGINT unmounts them
// (or until every mount was unmounted from outside).
import { createLogger, exitWithStartupError, notifySystemdReady, runDaemon } from '@hivefs/common';
import { parseClientArgs, type MountSpec } from './fuse/cli.js';
import { HiveFsClient } from './fuse/client.js';

async function main(argv: string[]): Promise<void> {
  let mounts: MountSpec[];
  try {
    const args = await parseClientArgs(argv);
    if (args.help) {
      process.stdout.write(args.usage);
      return;
    }
    mounts = args.mounts;
  } catch (e) {
    exitWithStartupError('client', e);
    return;
  }
  // one process, one log: the first mount's config names its level and file
  const first = mounts[0]!.config;
  const log = createLogger({ service: 'client', level: first.logLevel, file: first.logStdFile });
  runDaemon({
    name: 'client',
    log,
    start: async () => {
      const client = await HiveFsClient.start(mounts, log);
      notifySystemdReady();
      return { stop: () => client.stop(), ended: client.ended };
    },
  });
}

void main(process.argv.slice(2));

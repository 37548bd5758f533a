// `hivefs-local up|down|status`: a local cluster of real daemons on loopback, for trying HiveFS out.
import { Command, InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { LocalCluster, isClusterDir } from './cluster.js';
import { createMetaMirror, createMirrorGroups, mirrorRootDirectory } from './mirror.js';
import { REPO_ROOT } from './layout.js';

const DEFAULT_DIR = process.env['HIVEFS_LOCAL_DIR'] ?? resolve(REPO_ROOT, '.hivefs-local');

function count(min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
    return n;
  };
}

const pidColumn = (pid: number | undefined): string => (pid ? `pid ${String(pid).padEnd(8)}` : 'stopped     ');

async function printStatus(c: LocalCluster): Promise<void> {
  console.log(`HiveFS local cluster in ${c.paths.dir}`);
  for (const s of await c.status()) {
    const where = `${c.spec.host}:${s.port}`;
    const targets = s.targetIds.length ? `  targets ${s.targetIds.join(', ')}` : '';
    console.log(`  ${s.name.padEnd(10)} ${pidColumn(s.pid)} ${where.padEnd(22)}${targets}`);
  }
  const client = await c.clientStatus();
  if (client) {
    const state = client.mounted ? (client.pid ? 'mounted at' : 'stale mount (no client serves it):') : 'not mounted:';
    console.log(`  ${client.name.padEnd(10)} ${pidColumn(client.pid)} ${state} ${client.mount}`);
  }
  console.log(`client config: ${c.paths.clientConf}`);
  console.log(`logs:          ${c.paths.dir}/log/`);
  console.log(`try:           bin/hivefs-ctl --cfgFile=${c.paths.clientConf} --listtargets --state`);
  if (client?.mounted) console.log(`               bin/hivefs-ctl --getentryinfo ${client.mount}`);
}

const program = new Command('hivefs-local').description('Run a local HiveFS cluster of real daemons on loopback').showHelpAfterError();

program.command('up')
  .description('lay out (first time) and start mgmtd, meta and storage daemons, wait until every target is Online; with a mount point also the FUSE client')
  .option('--dir <dir>', 'cluster directory (data, logs, pid files, conf)', DEFAULT_DIR)
  .option('--meta <n>', 'number of meta daemons', count(1, 9), 1)
  .option('--storage <n>', 'number of storage daemons', count(1, 99), 2)
  .option('--targets-per-storage <n>', 'storage targets per storage daemon', count(1, 99), 2)
  .option('--mount <dir>', 'also run hivefs-client mounting the cluster at this directory (remembered for the next up)')
  .option('--no-mount', 'run no client (forgets a remembered mount point)')
  .option('--mirror', 'buddy mirroring: pair the ungrouped storage targets into buddy groups with members on different storage daemons (needs at least two) and set the root directory\'s pattern to buddy mirror; with --meta 2 or more also pair the root\'s meta node (primary) with another meta node and mirror the root directory\'s metadata (--mirrormd); on a cluster with its groups already only the pattern and the root are set again')
  .action(async (o: { dir: string; meta: number; storage: number; targetsPerStorage: number; mount?: string | false; mirror?: boolean }) => {
    const dir = resolve(o.dir);
    const c = await LocalCluster.create({ dir, meta: o.meta, storage: o.storage, targetsPerStorage: o.targetsPerStorage });
    if (o.mount !== undefined) await c.setMount(o.mount === false ? null : o.mount);
    await c.up();
    if (o.mirror) {
      const m = await createMirrorGroups(c);
      for (const g of m.added) console.log(`created buddy group ${g.groupId}: primary target ${g.primaryId}, secondary target ${g.secondaryId}`);
      await mirrorRootDirectory(c);
      console.log(`buddy mirroring: storage buddy groups ${m.groups.map((g) => `${g.groupId} (${g.primaryId}, ${g.secondaryId})`).join(', ')}; root directory pattern: buddy mirror`);
      if (c.spec.meta >= 2) {
        const mm = await createMetaMirror(c);
        if (mm.created) console.log(`created meta buddy group ${mm.groupId}: primary meta node ${mm.primaryId}, secondary meta node ${mm.secondaryId}`);
        console.log(`metadata mirroring: meta buddy group ${mm.groupId} (${mm.primaryId}, ${mm.secondaryId}) holds the root directory${mm.root.already ? ' (already)' : ''}; both members Online and Good`);
      } else {
        console.log('metadata mirroring: needs two meta daemons (--meta 2); the metadata stays unmirrored');
      }
    }
    await printStatus(c);
  });

program.command('down')
  .description('stop the client (unmounting) and every daemon of the cluster')
  .option('--dir <dir>', 'cluster directory', DEFAULT_DIR)
  .action(async (o: { dir: string }) => {
    const dir = resolve(o.dir);
    if (!(await isClusterDir(dir))) throw new Error(`${dir} holds no local cluster`);
    const c = await LocalCluster.create({ dir });
    await c.down();
    console.log(`stopped the local cluster in ${dir}${c.spec.mount ? ` and unmounted ${c.spec.mount}` : ''}`);
  });

program.command('status')
  .description('show which daemons run, where')
  .option('--dir <dir>', 'cluster directory', DEFAULT_DIR)
  .action(async (o: { dir: string }) => {
    const dir = resolve(o.dir);
    if (!(await isClusterDir(dir))) throw new Error(`${dir} holds no local cluster`);
    await printStatus(await LocalCluster.create({ dir }));
  });

program.parseAsync(process.argv).catch((e: Error) => {
  console.error(`hivefs-local: ${e.message}`);
  process.exit(1);
});

// Periodic heartbeats to mgmtd with the space of the store's file system; reacts to the reply.
import { diskSpace, type Logger } from '@hivefs/common';
import { ErrCode, HiveError, hivefs, Rpc, type MapView } from '@hivefs/protocol';

/** What the heartbeat loop needs. */
export interface HeartbeatInit {
  view: MapView;
  log: Logger;
  /** Directory whose file system's space is reported. */
  dir: string;
  intervalMs: number;
  nodeId: () => number;
  /** Called when mgmtd no longer knows this node (e.g. it was removed or lost its store). */
  onUnknownNode: () => Promise<unknown>;
}

/** Space and inodes of the file system holding `dir`, as this node's one TargetSpace. */
export async function storeSpace(dir: string, targetId: number): Promise<hivefs.ITargetSpace> {
  return { targetId, ...(await diskSpace(dir)) };
}

/** Sends a heartbeat every interval (never two at once) until stopped. */
export class Heartbeat {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private failures = 0;

  constructor(private readonly init: HeartbeatInit) {}

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** One heartbeat; failures are logged and never thrown. */
  async beat(): Promise<void> {
    const { view, log } = this.init;
    const nodeId = this.init.nodeId();
    try {
      const space = await storeSpace(this.init.dir, nodeId);
      const r = await view.mgmtd.call(Rpc.heartbeat, { type: hivefs.NodeType.META, nodeId, targets: [space] });
      if (this.failures > 0) log.info({ failures: this.failures }, 'heartbeats reach mgmtd again');
      this.failures = 0;
      if (Number(r.mapVersion) > view.version) view.noteVersion(Number(r.mapVersion));
    } catch (e) {
      this.failures += 1;
      if (e instanceof HiveError && e.code === ErrCode.UNKNOWN_NODE) {
        log.warn({ nodeId }, 'mgmtd does not know this node; registering again');
        await this.init.onUnknownNode().catch((err: Error) => log.warn({ err: err.message }, 're-registration failed'));
        return;
      }
      log.warn({ err: (e as Error).message, failures: this.failures }, 'heartbeat to mgmtd failed');
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.beat().finally(() => this.schedule(this.init.intervalMs));
    }, delayMs);
  }
}

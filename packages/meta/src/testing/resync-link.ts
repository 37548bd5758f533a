// An in-process SecondaryLink for resync tests: pages go through the protobuf codec to a SnapshotReceiver.
import { hivefs } from '@hivefs/protocol';
import type { MetaSpace } from '../journal/space.js';
import { SnapshotReceiver, type SecondaryLink } from '../mirror/resync/index.js';
import { quietLog } from './journal-link.js';

/** A link to the secondary space `target()` of group `groupId`; `beforePage` runs before each page is delivered. */
export interface TestResyncLink extends SecondaryLink {
  receiver: SnapshotReceiver;
  /** Every page request as delivered (decoded from the wire). */
  pages: hivefs.SnapshotPageReq[];
  beforePage?: (req: hivefs.SnapshotPageReq) => Promise<void>;
}

export function resyncLink(target: () => MetaSpace, groupId = 7): TestResyncLink {
  const receiver = new SnapshotReceiver({ space: (g) => (g === groupId ? target() : undefined), log: quietLog });
  const link: TestResyncLink = {
    receiver,
    pages: [],
    position: () => target().position(),
    sendPage: async (req) => {
      const wire = hivefs.SnapshotPageReq.decode(hivefs.SnapshotPageReq.encode(req).finish());
      link.pages.push(wire);
      await link.beforePage?.(wire);
      return hivefs.SnapshotPageResp.decode(hivefs.SnapshotPageResp.encode(await receiver.page(wire)).finish());
    },
  };
  return link;
}

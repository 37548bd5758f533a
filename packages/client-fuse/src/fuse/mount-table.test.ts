import { describe, expect, it } from 'vitest';
import { fuseConnectionId, isFuse, parseMountInfo, unescapeMountField } from './mount-table.js';

const SAMPLE = [
  '22 1 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw',
  '61 22 0:52 / /sys/fs/fuse/connections rw,relatime shared:29 - fusectl none rw',
  '90 25 0:40 / /tmp/my\\040mnt rw,nosuid,nodev,relatime shared:50 - fuse.hivefs hivefs rw,user_id=0,group_id=0,default_permissions,allow_other',
  '91 25 0:41 / /tmp/other rw,relatime - fuse sshfs#x rw',
  'garbage',
].join('\n');

describe('mountinfo', () => {
  it('parses mount points (unescaped), types, sources and device numbers', () => {
    const m = parseMountInfo(SAMPLE);
    expect(m).toHaveLength(4);
    expect(m[2]).toEqual({ mountpoint: '/tmp/my mnt', fstype: 'fuse.hivefs', source: 'hivefs', major: 0, minor: 40 });
    expect(m.filter(isFuse).map((x) => x.mountpoint)).toEqual(['/tmp/my mnt', '/tmp/other']);
    expect(fuseConnectionId(m[2]!)).toBe(40);
    expect(unescapeMountField('a\\011b\\134c')).toBe('a\tb\\c');
  });
});

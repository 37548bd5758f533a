import { describe, expect, it } from 'vitest';
import { diskFree } from '../api/df.js';
import { fixtureMap } from '../testing/fixtures.js';
import { renderDf } from './df.js';

describe('--df', () => {
  it('prints the METADATA SERVERS and STORAGE TARGETS tables like beegfs-df, with reachability as --listtargets --state shows it', () => {
    expect(renderDf(diskFree(fixtureMap()))).toBe(
      'METADATA SERVERS:\n' +
      'TargetID     Reachability   Cap. Pool        Total         Free    %      ITotal       IFree    %\n' +
      '========     ============   =========        =====         ====    =      ======       =====    =\n' +
      '       1           Online      normal     100.0GiB      50.0GiB  50%        6.5M        6.4M  98%\n' +
      '       2           Online      normal     100.0GiB      25.0GiB  25%        6.5M        3.3M  50%\n' +
      '\n' +
      'STORAGE TARGETS:\n' +
      'TargetID     Reachability   Cap. Pool        Total         Free    %      ITotal       IFree    %\n' +
      '========     ============   =========        =====         ====    =      ======       =====    =\n' +
      '     101           Online      normal     227.9GiB     200.1GiB  88%        1.2M        1.1M  92%\n' +
      '     102 Probably-offline         low       2.0TiB     102.4GiB   5%       10.0M        0.5M   5%\n' +
      '     201          Offline   emergency            -            -    -           -           -    -\n' +
      '     202          Offline   emergency            -            -    -           -           -    -\n',
    );
  });

  it('prints headers even with no targets', () => {
    expect(renderDf({ meta: [], storage: [] }).split('\n')).toHaveLength(8);
  });
});

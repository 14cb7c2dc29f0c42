import { describe, expect, it } from 'vitest';
import { parseDf } from '../../../src/parse/text/df.js';

const FILE = 'sosreport/sos_commands/filesys/df_-al_-x_autofs';

describe('parseDf', () => {
  it('reads `df -h` (§6.10): 97% full root beside a healthy mount at 40%', () => {
    // layouts.md §6.10 header and row exactly as shown; the second row is the healthy counterpart.
    const text = ['Filesystem      Size  Used Avail Use% Mounted on', '/dev/nvme0n1p1  100G   96G  4.0G  97% /', '/dev/nvme1n1     50G   20G   30G  40% /var/lib/containerd'].join('\n');
    const r = parseDf(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.mounts).toEqual([
      { filesystem: '/dev/nvme0n1p1', size: '100G', used: '96G', avail: '4.0G', usePercent: 97, mountedOn: '/', ref: { file: FILE, line: 2 } },
      { filesystem: '/dev/nvme1n1', size: '50G', used: '20G', avail: '30G', usePercent: 40, mountedOn: '/var/lib/containerd', ref: { file: FILE, line: 3 } },
    ]);
  });

  it('reads `df -Ph` with Capacity instead of Use% (§6.10, Rancher dfh)', () => {
    const text = ['Filesystem      Size  Used Avail Capacity Mounted on', '/dev/sda1        30G   28G  2.0G      94% /var/lib/kubelet'].join('\n');
    expect(parseDf(text, FILE).mounts).toEqual([
      { filesystem: '/dev/sda1', size: '30G', used: '28G', avail: '2.0G', usePercent: 94, mountedOn: '/var/lib/kubelet', ref: { file: FILE, line: 2 } },
    ]);
  });

  it('reads `df -al` 1K-blocks (§6.10, real sos line) with pseudo filesystems at "-"', () => {
    const text = [
      'Filesystem     1K-blocks    Used Available Use% Mounted on',
      '/dev/sda3      132013036 4367468 127645568   4% /',
      'proc                   0       0         0    - /proc',
      'tmpfs            8135092       0   8135092   0% /dev/shm',
    ].join('\n');
    const r = parseDf(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.mounts).toEqual([
      { filesystem: '/dev/sda3', size: '132013036', used: '4367468', avail: '127645568', usePercent: 4, blockSize: 1024, mountedOn: '/', ref: { file: FILE, line: 2 } },
      { filesystem: 'proc', size: '0', used: '0', avail: '0', usePercent: null, blockSize: 1024, mountedOn: '/proc', ref: { file: FILE, line: 3 } },
      { filesystem: 'tmpfs', size: '8135092', used: '0', avail: '8135092', usePercent: 0, blockSize: 1024, mountedOn: '/dev/shm', ref: { file: FILE, line: 4 } },
    ]);
  });

  it('reads `df -i` (Inodes IUsed IFree IUse%)', () => {
    const text = ['Filesystem       Inodes   IUsed   IFree IUse% Mounted on', '/dev/sda1      1966080 1966080       0  100% /', '/dev/sdb1      3276800  131072 3145728    4% /data'].join('\n');
    const r = parseDf(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.mounts).toEqual([
      { filesystem: '/dev/sda1', usePercent: null, inodes: { total: '1966080', used: '1966080', free: '0', usePercent: 100 }, mountedOn: '/', ref: { file: FILE, line: 2 } },
      { filesystem: '/dev/sdb1', usePercent: null, inodes: { total: '3276800', used: '131072', free: '3145728', usePercent: 4 }, mountedOn: '/data', ref: { file: FILE, line: 3 } },
    ]);
  });

  it('joins a long device name that df -h wrapped onto its own line (§6.10)', () => {
    const text = [
      'Filesystem                       Size  Used Avail Use% Mounted on',
      '/dev/mapper/VolGroup00-LogVol00-with-a-long-name',
      '                                  50G   45G  2.6G  95% /',
      '/dev/sda1                        477M  150M  298M  34% /boot',
    ].join('\n');
    const r = parseDf(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.mounts).toEqual([
      { filesystem: '/dev/mapper/VolGroup00-LogVol00-with-a-long-name', size: '50G', used: '45G', avail: '2.6G', usePercent: 95, mountedOn: '/', ref: { file: FILE, line: 2 } },
      { filesystem: '/dev/sda1', size: '477M', used: '150M', avail: '298M', usePercent: 34, mountedOn: '/boot', ref: { file: FILE, line: 4 } },
    ]);
  });

  it('the same long name with -P stays on one line', () => {
    const text = ['Filesystem                                       Size  Used Avail Capacity Mounted on', '/dev/mapper/VolGroup00-LogVol00-with-a-long-name   50G   45G  2.6G      95% /'].join('\n');
    expect(parseDf(text, FILE).mounts[0]).toMatchObject({ filesystem: '/dev/mapper/VolGroup00-LogVol00-with-a-long-name', usePercent: 95, mountedOn: '/' });
  });

  it('merges `df -h` then `df -i` in one file per mount', () => {
    const text = [
      'Filesystem      Size  Used Avail Use% Mounted on',
      '/dev/sda1        30G   12G   18G  40% /',
      '',
      'Filesystem      Inodes  IUsed   IFree IUse% Mounted on',
      '/dev/sda1      1966080 1966080      0  100% /',
    ].join('\n');
    const r = parseDf(text, FILE);
    expect(r.mounts).toEqual([
      {
        filesystem: '/dev/sda1',
        size: '30G',
        used: '12G',
        avail: '18G',
        usePercent: 40,
        inodes: { total: '1966080', used: '1966080', free: '0', usePercent: 100 },
        mountedOn: '/',
        ref: { file: FILE, line: 2 },
      },
    ]);
  });

  it('keeps a mount point with spaces and reads `df -T`', () => {
    const text = ['Filesystem     Type     1K-blocks    Used Available Use% Mounted on', '/dev/sdc1      ext4      10255636 9740000    515636  95% /mnt/backup disk'].join('\n');
    expect(parseDf(text, FILE).mounts).toEqual([
      { filesystem: '/dev/sdc1', type: 'ext4', size: '10255636', used: '9740000', avail: '515636', usePercent: 95, blockSize: 1024, mountedOn: '/mnt/backup disk', ref: { file: FILE, line: 2 } },
    ]);
  });

  it('skips df error lines and the --total line', () => {
    const text = [
      'df: /run/user/1000/doc: Permission denied',
      'Filesystem      Size  Used Avail Use% Mounted on',
      '/dev/sda1        30G   12G   18G  40% /',
      'total            30G   12G   18G  40% -',
    ].join('\n');
    const r = parseDf(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.mounts).toHaveLength(1);
  });

  it.each([
    ['garbage', 'hello world\nnothing here'],
    ['a kubectl table', 'NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          5m'],
  ])('%s: one problem, no mounts', (_l, text) => {
    const r = parseDf(text, FILE);
    expect(r.mounts).toEqual([]);
    expect(r.problems).toEqual([{ line: 1, message: expect.any(String) }]);
  });

  it('an unreadable row and a dangling wrapped device are problems', () => {
    const text = ['Filesystem      Size  Used Avail Use% Mounted on', '/dev/sda1        lots  of space /', '/dev/mapper/dangling', '', '/dev/sdb1        30G   12G   18G  40% /data'].join('\n');
    const r = parseDf(text, FILE);
    expect(r.mounts.map((m) => m.mountedOn)).toEqual(['/data']);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('parseDf: arbitrary input', () => {
  it('never throws on cut or mixed text', () => {
    const parts = ['Filesystem      Size  Used Avail Use% Mounted on\n', '/dev/nvme0n1p1  100G   96G  4.0G  97% /\n', '/dev/mapper/long\n', '            50G 45G\n', 'Filesystem Inodes Mounted on\n', '\t-\t-\t-%\n'];
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 1 + (k % 6) }, (_, j) => parts[(k * 5 + j * 7) % parts.length]!).join('').slice(0, 20 + ((k * 41) % 300));
      expect(() => parseDf(text, FILE)).not.toThrow();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseDmesg, parseDmesgHuman, parseDmesgRaw } from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

interface Case {
  name: string;
  line: string;
  ctx?: { bootTime?: string; utcOffsetMinutes?: number };
  expect: Partial<LogRecord>;
}

const rawCases: Case[] = [
  {
    // layouts.md §6.6 raw (real): `[%5lu.%06lu]`
    name: 'boot line',
    line: L.dmesgRawBoot,
    expect: { bootSeconds: 0, time: null, timeKind: 'boot-relative', message: 'Linux version 4.18.0-80.11.2.el8_0.x86_64 (mockbuild@…) …' },
  },
  {
    // layouts.md §6.6 OOM example; anchored on a known boot time
    name: 'memcg OOM anchored on boot time',
    line: L.dmesgRawOom,
    ctx: { bootTime: '2024-05-20T00:00:00Z' },
    expect: { bootSeconds: 2346012.345678, time: '2024-06-16T03:40:12.346Z', timeKind: 'boot-relative' },
  },
  {
    // messages.md §2.12 (reportportal#203)
    name: 'oom-killer invoked',
    line: L.dmesgRawOomInvoked,
    expect: { bootSeconds: 7093.543707, message: 'uwsgi invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=986' },
  },
  {
    // messages.md §2.23 (kube-aws#476)
    name: 'conntrack table full',
    line: L.dmesgRawConntrack,
    expect: { bootSeconds: 2833841.216211, message: 'nf_conntrack: nf_conntrack: table full, dropping packet' },
  },
  {
    // messages.md §2.23 (Flatcar#847): message with a colon and slash
    name: 'hung task',
    line: L.dmesgRawHungTask,
    expect: { bootSeconds: 1282119.643335, message: 'INFO: task Handling GET /l:830503 blocked for more than 123 seconds.' },
  },
  {
    // dmesg -x (facility:level decoration) on the layouts.md §6.6 OOM line
    name: 'dmesg -x decoration',
    line: `kern  :err   : ${L.dmesgRawOom}`,
    expect: { level: 'error', bootSeconds: 2346012.345678 },
  },
  {
    // dmesg -x with the short stamp from the task brief
    name: 'dmesg -x short stamp',
    line: 'kern  :warn  : [   12.300000] TCP: request_sock_TCP: Possible SYN flooding on port 10250. Sending cookies.',
    expect: { level: 'warning', bootSeconds: 12.3 },
  },
  {
    // dmesg -r: syslog priority prefix <3> (err) on the §6.6 OOM line
    name: 'dmesg -r priority',
    line: `<3>${L.dmesgRawOom}`,
    expect: { level: 'error', bootSeconds: 2346012.345678 },
  },
];

const humanCases: Case[] = [
  {
    // layouts.md §6.6 dmesg -T
    name: 'ctime stamp',
    line: L.dmesgHumanOom,
    expect: { time: '2024-06-14T08:12:01.000Z', timeKind: 'absolute', message: 'Memory cgroup out of memory: Killed process 48213 (java) …' },
  },
  {
    // layouts.md §6.6: day space-padded (`[Tue Jun  4 …]`)
    name: 'space-padded day',
    line: '[Tue Jun  4 08:12:01 2024] Memory cgroup out of memory: Killed process 48213 (java) …',
    expect: { time: '2024-06-04T08:12:01.000Z' },
  },
  {
    // messages.md §2.12 (kubernetes#56891): padded day, kernel 3.10 wording
    name: 'old kernel OOM',
    line: L.dmesgHumanOomOld,
    expect: { time: '2017-12-07T00:05:15.000Z', message: 'Memory cgroup out of memory: Kill process 24572 (java) score 0 or sacrifice child' },
  },
  {
    // messages.md §2.23 (moby#41676): German weekday `So`
    name: 'localised weekday',
    line: L.dmesgHumanGermanDay,
    expect: { time: '2020-11-15T15:59:41.000Z', message: '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.' },
  },
  {
    // layouts.md §6.6: local time — converted with the node offset
    name: 'local time with an offset',
    line: L.dmesgHumanOom,
    ctx: { utcOffsetMinutes: 120 },
    expect: { time: '2024-06-14T06:12:01.000Z' },
  },
  {
    // dmesg -x -T
    name: 'decorated ctime',
    line: `kern  :err   : ${L.dmesgHumanOom}`,
    expect: { level: 'error', time: '2024-06-14T08:12:01.000Z' },
  },
  {
    // layouts.md §5 Talos `talosctl dmesg` format (`<node>: kern:    info: [ISO]: <msg>`), message from §6.6
    name: 'Talos dmesg',
    line: '172.20.0.2: kern:    info: [2021-11-10T10:09:37.662764956Z]: Memory cgroup out of memory: Killed process 48213 (java)',
    expect: { host: '172.20.0.2', level: 'info', time: '2021-11-10T10:09:37.662Z', message: 'Memory cgroup out of memory: Killed process 48213 (java)' },
  },
];

describe('parseDmesgRaw', () => {
  it.each(rawCases)('$name', ({ line, ctx, expect: want }) => {
    const r = parseDmesgRaw(line, ctx);
    expect(r).not.toBeNull();
    expect(r).toMatchObject({ format: 'dmesg-raw', timeKind: 'boot-relative', ...want });
    expect(parseDmesg(line, ctx)).toEqual(r);
  });

  const negatives: [string, string][] = [
    ['dmesg -T (layouts.md §6.6)', L.dmesgHumanOom],
    ['journalctl -k (layouts.md §6.6)', L.journalKernelPrecise],
    ['journal kernel with a stamp (messages.md §2.23)', L.journalKernelStamp],
    ['klog (layouts.md §6.1)', L.klogKubeProxy],
    ['bracketed level word (real-samples coredns logs.txt line 7)', ' [INFO] plugin/reload: Running configuration MD5 = f65c4821c8a9b7b5eb30fa4fbc167769'],
    ['no fraction', '[123] x'],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseDmesgRaw(line)).toBeNull();
  });
});

describe('parseDmesgHuman', () => {
  it.each(humanCases)('$name', ({ line, ctx, expect: want }) => {
    const r = parseDmesgHuman(line, ctx);
    expect(r).not.toBeNull();
    expect(r).toMatchObject({ format: 'dmesg-human', ...want });
    expect(parseDmesg(line, ctx)).toEqual(r);
  });

  it('unknown month name: still dmesg -T, no time', () => {
    expect(parseDmesgHuman('[Fri Xyz 14 08:12:01 2024] x')).toMatchObject({ format: 'dmesg-human', time: null, timeKind: null, message: 'x' });
  });

  const negatives: [string, string][] = [
    ['dmesg raw (layouts.md §6.6)', L.dmesgRawOom],
    ['journalctl -k (layouts.md §6.6)', L.journalKernelPrecise],
    ['CRI (layouts.md §6.5)', L.criStderrKlog],
    ['klog (layouts.md §6.1)', L.klogEvictionPid1],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseDmesgHuman(line)).toBeNull();
  });
});

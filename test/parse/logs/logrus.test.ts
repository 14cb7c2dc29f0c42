import { describe, expect, it } from 'vitest';
import { parseContainerd, parseCrio } from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

/** The part after `]: ` of a journal line: what containerd.log (k3s/RKE2) holds (layouts.md §6.3). */
const body = (line: string): string => line.slice(line.indexOf(']: ') + 3);

interface Case {
  name: string;
  line: string;
  expect: Partial<LogRecord>;
  check?: (r: LogRecord) => void;
}

const containerdCases: Case[] = [
  {
    // layouts.md §6.3 (real), as containerd.log holds it: offset time, RunPodSandbox failure
    name: 'RunPodSandbox failed, +08:00',
    line: body(L.journalContainerdLocalised),
    expect: { format: 'containerd', level: 'error', time: '2022-11-05T13:34:04.444Z', timeKind: 'absolute' },
    check: (r) => {
      expect(r.fields).toMatchObject({ level: 'error', time: '2022-11-05T21:34:04.444635983+08:00', error: 'failed to get …' });
      expect(r.message).toBe('RunPodSandbox for &PodSandboxMetadata{Name:kube-controller-manager-master,Uid:1ab5ceb5a63fb5f500a8507ef20d279d,Namespace:kube-system,Attempt:0,} failed, error error="failed to get …"');
    },
  },
  {
    // messages.md §2.11 (k3os#55): `Z`, info with an error field and a key field
    name: 'apply failure with no space left',
    line: L.containerdK3os,
    expect: { level: 'info', time: '2019-04-27T16:58:24.800Z' },
    check: (r) => {
      expect(r.fields?.msg).toBe('apply failure, attempting cleanup');
      expect(r.fields?.error).toContain('no space left on device: unknown');
      expect(r.fields?.key).toBe('extract-247511086-BP4B sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda');
    },
  },
  {
    // messages.md §2.22 (moby#40390): dockerd prints the same logrus form; escaped quotes in error
    name: 'dockerd with escaped quotes',
    line: L.dockerdLogrus,
    expect: { level: 'error', time: '2020-01-17T13:34:00.228Z' },
    check: (r) => {
      expect(r.fields?.error).toBe('rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused"');
      expect(r.fields).toMatchObject({ module: 'libcontainerd', namespace: 'plugins.moby' });
    },
  },
  {
    // messages.md §1 KillPodSandboxError (calico#4084): pasted without time=
    name: 'no time field',
    line: L.logrusNoTime,
    expect: { level: 'error', time: null, timeKind: null },
    check: (r) => expect(r.fields?.msg).toBe('StopPodSandbox for "4b84ed8e89e46cb78735cddc21208cb7bbe6d4959a0086a6aa0fa226bf9376e2" failed'),
  },
  {
    // messages.md §2.17 (cilium#30820): escapes two deep (`\\n`) inside error
    name: 'nested escapes',
    line: body(L.journalContainerdCilium),
    expect: { level: 'error', time: '2024-02-15T20:28:32.075Z' },
    check: (r) => expect(r.fields?.error).toBe('failed to setup network for sandbox "1341f1c7aa620238c4d30e6f28e6bcb9ec8e44fd34d3f81ceaa1498e672054d2": plugin type="cilium-cni" failed (add): netplugin failed: "ts=1708028912.027259, now=2024-02-15 20:28:32.027259, to retry\\n"'),
  },
  {
    // messages.md §1 KillContainerError (containerd#6080): msg with escaped container id
    name: 'escaped quotes in msg',
    line: body(L.journalContainerdEscaped),
    expect: { level: 'info', time: '2025-11-17T08:20:45.824Z' },
    check: (r) => expect(r.message).toBe('Skipping the sending of signal terminated to container "ad19ff3691b52ab92020f5df0011c487cf96b4052a081f3783a94a56c1021883" because a prior stop with timeout>0 request already sent the signal'),
  },
  {
    // messages.md §1 KillPodSandboxError (bottlerocket#359): quotes lost in the paste
    name: 'unescaped quotes (lenient)',
    line: body(L.journalContainerdUnescapedPaste),
    expect: { level: 'error' },
    check: (r) => expect(r.fields?.error).toBe('failed to destroy network for sandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60": del cmd: failed to process delete request'),
  },
];

const crioCases: Case[] = [
  {
    // layouts.md §6.4 (real): space between date and time, Z
    name: 'image status',
    line: body(L.journalCrioPrecise),
    expect: { format: 'crio', level: 'info', time: '2021-01-27T18:25:57.423Z', timeKind: 'absolute' },
    check: (r) => expect(r.fields).toMatchObject({ msg: 'Checking image status: quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:009...fd5', id: '39...fe' }),
  },
  {
    // messages.md §2.17 (cri-o#8250): offset form `+08:00` (layouts.md §6.4: offset form also seen)
    name: 'offset form',
    line: body(L.journalCrioChineseOffset),
    expect: { format: 'crio', time: '2024-06-03T16:28:47.525Z', message: 'Adding pod default_example-pod-2 to CNI network "crio" (type=bridge)' },
  },
  {
    // messages.md §2.6 (cri-o#2723): msg cut by the poster, no closing quote; `\n` inside
    name: 'unterminated msg',
    line: body(L.journalCrioEmptyHost),
    expect: { format: 'crio', level: 'debug', time: '2019-08-14T18:43:26.456Z' },
    check: (r) => expect(r.message).toBe('response error: Get http://registry-1.docker.io/v2/: dial tcp 34.199.40.84:80: i/o timeout\npinging docker registry returned[…]'),
  },
];

describe('parseContainerd', () => {
  it.each(containerdCases)('$name', ({ line, expect: want, check }) => {
    const r = parseContainerd(line);
    expect(r).not.toBeNull();
    expect(r).toMatchObject({ format: 'containerd', ...want });
    check?.(r!);
  });

  const negatives: [string, string][] = [
    ['CRI-O line (layouts.md §6.4)', body(L.journalCrioPrecise)],
    ['journal-wrapped containerd (layouts.md §6.3)', L.journalContainerdLocalised],
    ['klog (layouts.md §6.1)', L.klogStructuredCrashLoop],
    ['CRI (layouts.md §6.5)', L.criStderrKlog],
    ['logfmt not starting with time/level (messages.md §2.11 klog fields)', 'usage=73 highThreshold=2 amountToFree=96299243888 lowThreshold=1'],
    ['time= with garbage', 'time="yesterday" level=error msg="x"'],
    ['plain', 'Flag --address has been deprecated, see --bind-address instead.'],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseContainerd(line)).toBeNull();
  });
});

describe('parseCrio', () => {
  it.each(crioCases)('$name', ({ line, expect: want, check }) => {
    const r = parseCrio(line);
    expect(r).not.toBeNull();
    expect(r).toMatchObject(want);
    check?.(r!);
  });

  const negatives: [string, string][] = [
    ['containerd line (layouts.md §6.3)', body(L.journalContainerdLocalised)],
    ['containerd without time (messages.md §1 KillPodSandboxError)', L.logrusNoTime],
    ['journal-wrapped CRI-O (layouts.md §6.4)', L.journalCrioPrecise],
    ['klog (layouts.md §6.1)', L.klogKubeProxy],
    ['dmesg (layouts.md §6.6)', L.dmesgRawBoot],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseCrio(line)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isJournalMarker, parseJournal } from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

const ctx = { year: 2024 };

interface Case {
  name: string;
  line: string;
  expect: Partial<LogRecord>;
  check?: (r: LogRecord) => void;
}

/** The part after `]: ` of a journal line (what a bare containerd.log holds, layouts.md §6.3). */
const body = (line: string): string => line.slice(line.indexOf(']: ') + 3);

const cases: Case[] = [
  {
    // layouts.md §6.2 short (real); the klog inside is read: level/source from it, host/process/pid from the journal
    name: 'short, kubelet wrapping klog',
    line: L.journalShortKubelet,
    expect: {
      format: 'journal', host: 'controlplane', process: 'kubelet', pid: 3676, level: 'error',
      source: 'pod_workers.go:1298', time: '2024-02-19T14:56:20.000Z', timeKind: 'no-year',
      wallClock: '02-19T14:56:20', message: '"Error syncing pod, skipping" …',
    },
  },
  {
    // layouts.md §6.2 short-precise (real, must-gather): kubenswrapper, structured klog fields merged
    name: 'short-precise, kubenswrapper wrapping structured klog',
    line: L.journalShortPreciseKubenswrapper,
    expect: {
      host: 'qemtv-05-s8dvn-master-1', process: 'kubenswrapper', pid: 2992, level: 'error',
      source: 'cpu_manager.go:410', time: '2024-12-01T10:19:43.788Z', wallClock: '12-01T10:19:43.788674',
      fields: { podUID: '3f8c00bb-6aad-44f9-9e60-c2d1fa837a15', containerName: 'extract-utilities' },
      message: 'RemoveStaleState: removing container podUID="3f8c00bb-6aad-44f9-9e60-c2d1fa837a15" containerName="extract-utilities"',
    },
  },
  {
    // messages.md §2.22 (kubernetes#122256): RFC3339 with microseconds and `+01:00`, klog pid not padded
    name: 'ISO time with offset, kubelet',
    line: L.journalIsoKubelet,
    expect: {
      host: 'worker-pool4-j7f0skum-pccc-377-3', process: 'kubelet', pid: 22614, level: 'error',
      source: 'remote_runtime.go:479', time: '2023-11-13T02:50:55.202Z', timeKind: 'absolute',
    },
    check: (r) => expect(r.fields?.err).toContain('failed to exec in container'),
  },
  {
    // journalctl -o short-iso `+0000` (shape from layouts.md §6.2 short line with the short-iso header)
    name: 'short-iso +0000',
    line: '2024-02-19T14:56:20+0000 controlplane kubelet[3676]: E0219 14:56:20.643012    3676 pod_workers.go:1298] "Error syncing pod, skipping" err="x"',
    expect: { time: '2024-02-19T14:56:20.000Z', timeKind: 'absolute', host: 'controlplane', level: 'error', fields: { err: 'x' } },
  },
  {
    // journalctl -o short-iso `+00:00` variant
    name: 'short-iso +00:00',
    line: '2024-02-19T14:56:20+00:00 controlplane kubelet[3676]: I0219 14:56:20.643012    3676 kubelet.go:2895] "Container runtime status"',
    expect: { time: '2024-02-19T14:56:20.000Z', level: 'info', message: 'Container runtime status' },
  },
  {
    // layouts.md §6.3 (real): containerd logrus inside; the logrus time (with year and zone) wins over the year-less journal one
    name: 'containerd inside the journal',
    line: L.journalContainerdLocalised,
    expect: {
      host: 'master', process: 'containerd', pid: 204102, level: 'error',
      time: '2022-11-05T13:34:04.444Z', timeKind: 'absolute',
    },
    check: (r) => {
      expect(r.wallClock).toBeUndefined();
      expect(r.fields?.error).toBe('failed to get …');
      expect(r.fields?.msg).toBe('RunPodSandbox for &PodSandboxMetadata{Name:kube-controller-manager-master,Uid:1ab5ceb5a63fb5f500a8507ef20d279d,Namespace:kube-system,Attempt:0,} failed, error');
      expect(r.message).toBe(`${r.fields?.msg} error="failed to get …"`);
    },
  },
  {
    // layouts.md §6.2: month localised, real sample `11月 05 21:34:04` (the §6.3 line in its original locale)
    name: 'Chinese month, containerd',
    line: L.journalContainerdLocalised.replace('Nov 05', '11月 05'),
    expect: { process: 'containerd', time: '2022-11-05T13:34:04.444Z', level: 'error' },
  },
  {
    // messages.md §1 RunContainerError (kubernetes#62782): `4月 19`, old unstructured klog
    name: 'Chinese month, kubelet, unstructured klog',
    line: L.journalChineseMonthUnstructured,
    expect: { host: 'localhost', process: 'kubelet', pid: 8153, time: '2024-04-19T16:23:23.000Z', level: 'error', source: 'pod_workers.go:186' },
    check: (r) => expect(r.message.startsWith('Error syncing pod de983ffbc7f4929e5afc5927740925e4 ("kube-scheduler-yeahuh-vb_kube-system(')).toBe(true),
  },
  {
    // messages.md §1 TeardownNetworkError (origin#9121): Slovak `jún`, identifier origin-node
    name: 'Slovak month, origin-node',
    line: L.journalSlovakMonth,
    expect: { host: 'bla', process: 'origin-node', pid: 1802, time: '2024-06-01T22:51:23.000Z', level: 'error', source: 'kubelet.go:2248' },
  },
  {
    // layouts.md §6.4 (real): CRI-O inside short-precise
    name: 'CRI-O inside the journal',
    line: L.journalCrioPrecise,
    expect: { host: 'master01', process: 'crio', pid: 1627, level: 'info', time: '2021-01-27T18:25:57.423Z', timeKind: 'absolute' },
    check: (r) => {
      expect(r.fields).toMatchObject({ id: '39...fe', name: '/runtime.v1alpha2.ImageService/ImageStatus' });
      expect(r.message).toBe('Checking image status: quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:009...fd5 id=39...fe name=/runtime.v1alpha2.ImageService/ImageStatus');
    },
  },
  {
    // messages.md §2.17 (cri-o#8250): `6月 04`, CRI-O time with `+08:00`
    name: 'CRI-O with an offset, Chinese month',
    line: L.journalCrioChineseOffset,
    expect: { host: '10-202-91-13', process: 'crio', time: '2024-06-03T16:28:47.525Z', level: 'info' },
    check: (r) => expect(r.message).toBe('Adding pod default_example-pod-2 to CNI network "crio" (type=bridge)'),
  },
  {
    // messages.md §2.6 (cri-o#2723): no host (two spaces), msg truncated by the poster (unterminated)
    name: 'empty host',
    line: L.journalCrioEmptyHost,
    expect: { host: '', process: 'crio', pid: 18468, level: 'debug', time: '2019-08-14T18:43:26.456Z' },
    check: (r) => expect(r.fields?.msg?.startsWith('response error: Get http://registry-1.docker.io/v2/')).toBe(true),
  },
  {
    // messages.md §1 RunContainerError (k3s#2370): space-padded day `Oct  8`, identifier k3s
    name: 'padded day, k3s',
    line: L.journalK3sPaddedDay,
    expect: { host: 'worker9', process: 'k3s', pid: 1636, time: '2024-10-08T16:43:12.000Z', wallClock: '10-08T16:43:12', level: 'error', source: 'remote_runtime.go:222' },
  },
  {
    // messages.md §2.22 (microk8s#525): snap identifier with dots and dashes
    name: 'microk8s snap identifier',
    line: L.journalMicrok8sIdent,
    expect: { host: 'hostname', process: 'microk8s.daemon-kubelet', pid: 2890, level: 'error', source: 'remote_runtime.go:182' },
  },
  {
    // messages.md §1 CreatePodSandboxError (kubelet#46): 7-digit pid
    name: '7-digit pid',
    line: L.journalKubelet7DigitPid,
    expect: { pid: 1067481, source: 'remote_runtime.go:193', level: 'error' },
    check: (r) => expect(r.fields?.err).toContain('plugin type="flannel" failed (add): loadFlannelSubnetEnv failed'),
  },
  {
    // messages.md §1 TeardownNetworkError (kubernetes-starter#1): warning
    name: 'kubelet warning',
    line: L.journalKubeletWarning,
    expect: { level: 'warning', source: 'cni.go:302', host: 'centos7-k8s-worker' },
  },
  {
    // messages.md §2.11 (public notes): 3-digit pid padded to 7 columns
    name: 'short pid padded',
    line: L.journalKubeletPid119,
    expect: { pid: 119, level: 'info', source: 'image_gc_manager.go:304', fields: { usage: '73', highThreshold: '2', amountToFree: '96299243888', lowThreshold: '1' } },
  },
  {
    // messages.md §1 KillPodSandboxError (bottlerocket#359): quotes not escaped, as pasted
    name: 'containerd with unescaped quotes',
    line: L.journalContainerdUnescapedPaste,
    expect: { process: 'containerd', level: 'error', time: '2019-10-02T23:27:34.439Z' },
    check: (r) => {
      expect(r.fields?.msg).toBe('StopPodSandbox for "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60" failed');
      expect(r.fields?.error).toBe('failed to destroy network for sandbox "cae59246074a27247c54d43ffd3f68be61121bcc741133b940e7188002e34f60": del cmd: failed to process delete request');
    },
  },
  {
    // messages.md §2.14 (containerd#2481): logrus time without a fraction, `+08:00`
    name: 'containerd time without fraction',
    line: L.journalContainerdNoFraction,
    expect: { time: '2018-07-20T09:41:28.000Z', level: 'error', host: 'k8s-node1' },
  },
  {
    // messages.md §2.13 (kubernetes#122256): ISO journal time kept even though the inner line has one too
    name: 'ISO journal wrapping containerd',
    line: L.journalIsoContainerd,
    expect: { time: '2023-11-13T02:50:55.201Z', timeKind: 'absolute', process: 'containerd', pid: 13306, level: 'error' },
  },
  {
    // layouts.md §6.6 journalctl -k (Harvester kernel.log)
    name: 'kernel, short-precise',
    line: L.journalKernelPrecise,
    expect: { process: 'kernel', host: 'node-1', time: '2024-06-14T08:12:01.123Z', message: 'Memory cgroup out of memory: …', level: null },
    check: (r) => {
      expect(r.pid).toBeUndefined();
      expect(r.bootSeconds).toBeUndefined();
    },
  },
  {
    // messages.md §2.23 (longhorn#2775): `Jul  6`, kernel message keeps its `[secs]` stamp
    name: 'kernel with a boot stamp',
    line: L.journalKernelStamp,
    expect: {
      process: 'kernel', host: 'adjucator', time: '2024-07-06T14:46:14.000Z', bootSeconds: 23809.0774,
      message: '[23809.077400] EXT4-fs (sde): I/O error while writing superblock',
    },
  },
  {
    // messages.md §2.12 (istio#42734): kernel without a stamp, padded day
    name: 'kernel without a stamp',
    line: L.journalKernelNoStamp,
    expect: { process: 'kernel', host: 'iZbp153spuk45ulvkwxf34Z', time: '2024-01-05T02:12:02.000Z' },
    check: (r) => expect(r.message.startsWith('Task in /kubepods.slice/')).toBe(true),
  },
  {
    // messages.md §2.12 (gpud#70): host redacted to `...`
    name: 'kernel, redacted host',
    line: L.journalKernelDottedHost,
    expect: { process: 'kernel', host: '...', time: '2024-08-30T06:58:55.050Z' },
    check: (r) => expect(r.message.startsWith('oom-kill:constraint=CONSTRAINT_MEMCG')).toBe(true),
  },
  {
    // messages.md §2.23 (coreos/bugs#1757): kernel audit line with key=value text is not read as logfmt
    name: 'kernel audit',
    line: L.journalKernelAudit,
    expect: { process: 'kernel', host: 'alien3', level: null },
    check: (r) => {
      expect(r.fields).toBeUndefined();
      expect(r.message.startsWith('audit: type=1400')).toBe(true);
    },
  },
];

describe('parseJournal', () => {
  it.each(cases)('$name', ({ line, expect: want, check }) => {
    const r = parseJournal(line, ctx);
    expect(r).not.toBeNull();
    expect(r).toMatchObject({ format: 'journal', ...want });
    check?.(r!);
  });

  // layouts.md §6.2: kubelet's identifier varies; §5 k3s/RKE2 units. Same body, every identifier.
  const idents = ['kubelet', 'kubenswrapper', 'hyperkube', 'k3s', 'k3s-agent', 'rke2', 'rke2-agent', 'kubelet.daemon', 'dockerd'];
  it.each(idents)('identifier %s', (ident) => {
    const line = L.journalShortKubelet.replace('kubelet[3676]', `${ident}[3676]`);
    expect(parseJournal(line, ctx)).toMatchObject({ process: ident, pid: 3676, level: 'error', source: 'pod_workers.go:1298' });
  });

  it('containerd.log body alone is not a journal line (layouts.md §6.3)', () => {
    expect(parseJournal(body(L.journalContainerdLocalised), ctx)).toBeNull();
  });

  it('without ctx.year: no time, wall clock kept', () => {
    expect(parseJournal(L.journalShortKubelet)).toMatchObject({ time: null, timeKind: 'no-year', wallClock: '02-19T14:56:20' });
  });

  it('applies the node offset to year-less times', () => {
    expect(parseJournal(L.journalShortKubelet, { year: 2024, utcOffsetMinutes: -300 })?.time).toBe('2024-02-19T19:56:20.000Z');
  });

  it('unknown month name: still a journal line, no time', () => {
    const r = parseJournal(L.journalShortKubelet.replace('Feb', 'Xyzzy'), ctx);
    expect(r).toMatchObject({ format: 'journal', time: null, timeKind: null, host: 'controlplane', process: 'kubelet' });
  });

  const markers = [
    L.journalMarkerLogsBegin, L.journalMarkerJournalBegins, L.journalMarkerReboot, L.journalMarkerNoEntries,
    '-- Boot 0123456789abcdef0123456789abcdef --', // layouts.md §6.2 `-- Boot <32 hex> --`
  ];
  it.each(markers)('marker %s is recognised and is not a record', (m) => {
    expect(isJournalMarker(m)).toBe(true);
    expect(parseJournal(m, ctx)).toBeNull();
  });

  const negatives: [string, string][] = [
    ['klog (layouts.md §6.1)', L.klogStructuredCrashLoop],
    ['containerd.log (layouts.md §6.3)', body(L.journalContainerdLocalised)],
    ['CRI (layouts.md §6.5)', L.criStderrKlog],
    ['dmesg raw (layouts.md §6.6)', L.dmesgRawOom],
    ['dmesg -T (layouts.md §6.6)', L.dmesgHumanOom],
    ['rfc3339-prefixed (layouts.md §2.2)', '2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739 1 app.go:242] msg'],
    ['events table with times (messages.md §1 ImageInspectError)', L.eventsTableIso],
    ['plain', 'NGINX Ingress controller'],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseJournal(line, ctx)).toBeNull();
  });
});

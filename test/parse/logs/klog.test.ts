import { describe, expect, it } from 'vitest';
import { parseKlog, parseKlogBody } from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

const ctx = { year: 2024 };

interface Case {
  name: string;
  line: string;
  expect: Partial<LogRecord>;
  /** Further checks on the record. */
  check?: (r: LogRecord) => void;
}

// Each case: a real line as layouts.md §6.1 / messages.md print it (see lines.ts for the origin).
const cases: Case[] = [
  {
    // layouts.md §6.1, structured (kubelet 1.29-era), new format
    name: 'structured "Error syncing pod, skipping" with nested escaped quotes',
    line: L.klogStructuredCrashLoop,
    expect: {
      format: 'klog', level: 'error', pid: 3676, source: 'pod_workers.go:1298',
      time: '2024-02-19T14:56:20.643Z', timeKind: 'no-year', wallClock: '02-19T14:56:20.643012',
      fields: {
        err: 'failed to "StartContainer" for "kube-apiserver" with CrashLoopBackOff: "back-off 5m0s restarting failed container=kube-apiserver pod=kube-apiserver-controlplane_kube-system(195c6eb0710264975dcc1fdb4bd52a20)"',
        pod: 'kube-system/kube-apiserver-controlplane',
        podUID: '195c6eb0710264975dcc1fdb4bd52a20',
      },
    },
    check: (r) => {
      expect(r.message.startsWith('Error syncing pod, skipping err="failed to \\"StartContainer\\" for')).toBe(true);
      expect(r.message.endsWith('podUID="195c6eb0710264975dcc1fdb4bd52a20"')).toBe(true);
    },
  },
  {
    // layouts.md §6.1, pre-structured form (≤1.19), old format side by side with the one above
    name: 'unstructured "Error syncing pod <uid> (...), skipping:"',
    line: L.klogUnstructuredCrashLoop,
    expect: {
      format: 'klog', level: 'error', pid: 1234, source: 'pod_workers.go:191',
      time: '2024-01-15T03:42:18.234Z', timeKind: 'no-year',
      message: 'Error syncing pod <uid> ("<pod>_<ns>(<uid>)"), skipping: failed to "StartContainer" for "<c>" with CrashLoopBackOff: "Back-off 5m0s restarting failed container=<c> pod=<pod>_<ns>(<uid>)"',
    },
    check: (r) => expect(r.fields).toBeUndefined(),
  },
  {
    // layouts.md §6.1 note: `podUID=` unquoted in ~1.25–1.26 (built from the §6.1 line with that change)
    name: 'structured with an unquoted podUID',
    line: L.klogStructuredCrashLoop.replace('podUID="195c6eb0710264975dcc1fdb4bd52a20"', 'podUID=195c6eb0710264975dcc1fdb4bd52a20'),
    expect: { fields: expect.objectContaining({ podUID: '195c6eb0710264975dcc1fdb4bd52a20', pod: 'kube-system/kube-apiserver-controlplane' }) as Record<string, string> },
  },
  {
    // messages.md §1 ErrImagePull / ImagePullBackOff (grafana/loki journald.txt): escapes two levels deep
    name: 'doubly escaped image name inside err',
    line: L.klogImagePullBackOff,
    expect: {
      level: 'error', pid: 3315, source: 'pod_workers.go:1300',
      fields: {
        err: 'failed to "StartContainer" for "gcom-sync" with ImagePullBackOff: "Back-off pulling image \\"us.gcr.io/kubernetes-dev/frontend-monitoring:6a8eb5a\\""',
        pod: 'faro/update-usage-28487080-9sqzn',
        podUID: '2cc85139-2f31-44ae-a308-3dc0df893592',
      },
    },
  },
  {
    // messages.md §1 CrashLoopBackOff (grafana/loki)
    name: 'CrashLoopBackOff back-off line',
    line: L.klogCrashLoop1300,
    expect: { level: 'error', wallClock: '05-07T11:59:41.575311', pid: 4578 },
    check: (r) => expect(r.fields?.err).toContain('back-off 2m40s restarting failed container=grafana'),
  },
  {
    // messages.md §1 KillContainerError (grafana/loki): info level, unquoted numeric value
    name: 'info line with an unquoted value',
    line: L.klogKillingContainer,
    expect: {
      level: 'info', source: 'kuberuntime_container.go:745',
      fields: {
        pod: 'hosted-grafana/hosted-grafana-api-7b6bd9b949-9csb4',
        podUID: '25cb986c-3d6c-4ed0-abf3-ee59ed6175f9',
        containerName: 'hgapi',
        containerID: 'containerd://c91436db00920ec961b9d5d6b4859d80a912e862e34fb5c45d8a85684fe6a97e',
        gracePeriod: '30',
      },
    },
    check: (r) => expect(r.message.startsWith('Killing container with a grace period pod=')).toBe(true),
  },
  {
    // messages.md §2.3 (grafana/loki): an empty quoted value
    name: 'empty quoted value',
    line: L.klogUnableToRetrieveSecret,
    expect: { level: 'info', fields: { pod: 'grafana-apps/bigquery-datasource-grafana-app-fast-7c94f74fd6-9n6t7', secret: '', err: 'secret "dockerhub" not found' } },
  },
  {
    // messages.md §2.11 (k3s#888): thread id 1, seven columns
    name: 'thread id 1 right-aligned',
    line: L.klogEvictionPid1,
    expect: {
      level: 'error', pid: 1, source: 'eviction_manager.go:355',
      message: 'eviction manager: eviction thresholds have been met, but no pods are active to evict',
    },
  },
  {
    // messages.md §2.4 (kubernetes#9534, 2015 glog): warning
    name: 'old glog warning',
    line: L.klogOldGlog2015,
    expect: { level: 'warning', pid: 3395, source: 'manager.go:1897', time: '2024-11-27T10:42:16.169Z' },
    check: (r) => expect(r.message.startsWith('Failed to pull image "gcr.io/google_containers/kube-ui:v2"')).toBe(true),
  },
  {
    // messages.md §2.23 (kubernetes#71261): kube-proxy
    name: 'kube-proxy info',
    line: L.klogKubeProxy,
    expect: { level: 'info', pid: 26448, source: 'conntrack.go:52', message: 'Setting nf_conntrack_max to 786432' },
  },
  {
    // messages.md §2.18 (kubernetes#129294): long quoted status value with commas and colons
    name: 'structured value with colons and commas',
    line: L.klogStatusLong,
    expect: { level: 'info', pid: 37131 },
    check: (r) => {
      expect(r.fields?.status).toContain('NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized');
      expect(r.message.startsWith('Container runtime status status="Runtime Conditions:')).toBe(true);
    },
  },
  {
    // messages.md §1 CreatePodSandboxError (rancher#14504): old unstructured, dockershim
    name: 'old createPodSandbox line',
    line: L.klogOldCreatePodSandbox,
    expect: { level: 'error', pid: 24727, source: 'kuberuntime_manager.go:646' },
    check: (r) => expect(r.message).toContain('no IP addresses available in range set: 10.42.0.1-10.42.0.254'),
  },
  {
    // messages.md §1 CreateContainerConfigError (grafana/loki): unstructured message with braces
    name: 'unstructured message with a spec dump',
    line: L.klogUnstructuredContainer,
    expect: { level: 'error', source: 'kuberuntime_manager.go:1256' },
    check: (r) => expect(r.message.endsWith('CreateContainerConfigError: secret "ruler-alertmanager-token" not found')).toBe(true),
  },
  {
    // real-samples must-gather-fragments current.log, line 2 with the RFC3339 prefix removed:
    // the file:line has no dot (`test_app_go:542`)
    name: 'source without a dot',
    line: 'W1103 06:12:08.604740       1 test_app_go:542] My Warning LogMessage',
    expect: { level: 'warning', source: 'test_app_go:542', message: 'My Warning LogMessage', pid: 1 },
  },
  {
    // layouts.md §6.1 header, F = fatal (built from the §6.1 header description)
    name: 'fatal counts as error',
    line: 'F0219 14:56:20.643012    3676 server.go:302] failed to run Kubelet: unable to load bootstrap kubeconfig',
    expect: { level: 'error', source: 'server.go:302' },
  },
];

describe('parseKlog', () => {
  it.each(cases)('$name', ({ line, expect: want, check }) => {
    const r = parseKlog(line, ctx);
    expect(r).not.toBeNull();
    expect(r).toMatchObject(want);
    check?.(r!);
  });

  it('without ctx.year keeps the wall clock and gives no time (layouts.md §6.1: no year, no zone)', () => {
    const r = parseKlog(L.klogStructuredCrashLoop);
    expect(r).toMatchObject({ time: null, timeKind: 'no-year', wallClock: '02-19T14:56:20.643012' });
  });

  it('applies the node UTC offset (layouts.md §6.1: local time of the node)', () => {
    const r = parseKlog(L.klogStructuredCrashLoop, { year: 2024, utcOffsetMinutes: 480 });
    expect(r?.time).toBe('2024-02-19T06:56:20.643Z');
  });

  // A line of another format must not be read as klog.
  const negatives: [string, string][] = [
    ['journal short (layouts.md §6.2)', L.journalShortKubelet],
    ['containerd logrus (messages.md §2.11)', L.containerdK3os],
    ['CRI log (layouts.md §6.5)', L.criStderrKlog],
    ['dmesg raw (layouts.md §6.6)', L.dmesgRawOom],
    ['rfc3339-prefixed (layouts.md §2.2)', '2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739 1 app.go:242] msg'],
    ['templated, not a real line (messages.md §1 ErrImageNeverPull, drain_test.go)', 'E0507 <_>    <_> pod_workers.go:1300] "Error syncing pod, skipping"'],
    ['month 13', 'E1319 14:56:20.643012    3676 pod_workers.go:1298] x'],
    ['no thread id', 'E0219 14:56:20.643012 pod_workers.go:1298] x'],
    ['no file:line', 'E0219 14:56:20.643012    3676 something happened'],
    ['plain text', 'Flag --insecure-port has been deprecated, This flag will be removed in a future version.'],
    ['empty', ''],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseKlog(line, ctx)).toBeNull();
  });
});

describe('parseKlogBody', () => {
  it('keeps an unterminated quoted message as it is', () => {
    // layouts.md §6.2 short line, elided with … after the quoted message
    expect(parseKlogBody('"Error syncing pod, skipping" …')).toEqual({ message: '"Error syncing pod, skipping" …' });
  });
  it('reads a message alone', () => {
    expect(parseKlogBody('"Starting kubelet"')).toEqual({ message: 'Starting kubelet' });
  });
});

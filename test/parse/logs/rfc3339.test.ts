import { describe, expect, it } from 'vitest';
import { parseRfc3339Prefixed } from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

interface Case {
  name: string;
  line: string;
  expect: Partial<LogRecord>;
}

const cases: Case[] = [
  {
    // layouts.md §2.2 (must-gather current.log with timestamps=true), as printed there
    name: 'must-gather current.log, klog inside',
    line: '2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739 1 app.go:242] msg',
    expect: { format: 'rfc3339-prefixed', time: '2023-11-02T06:12:08.604Z', timeKind: 'absolute', level: 'info', source: 'app.go:242', pid: 1, message: 'msg' },
  },
  {
    // real-samples must-gather-fragments .../logs/current.log line 1 (omc testdata)
    name: 'current.log info',
    line: '2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739       1 test_app.go:242] My Info LogMessage',
    expect: { level: 'info', message: 'My Info LogMessage', source: 'test_app.go:242' },
  },
  {
    // same file, line 2: the klog date (11-03) differs from the prefix; the prefix wins
    name: 'current.log warning, prefix time wins',
    line: '2023-11-02T06:12:08.604740676Z W1103 06:12:08.604740       1 test_app_go:542] My Warning LogMessage',
    expect: { level: 'warning', time: '2023-11-02T06:12:08.604Z', source: 'test_app_go:542' },
  },
  {
    // same file, line 3
    name: 'current.log error',
    line: '2023-11-02T06:12:08.604741676Z E1106 06:12:08.604741       1 test_app_go:542] My Error LogMessage',
    expect: { level: 'error', message: 'My Error LogMessage' },
  },
  {
    // real-samples cluster-info-dump-minikube coredns logs.txt line 3 (layouts.md §1.5 block content)
    name: 'coredns [INFO]',
    line: '2019-03-08T08:48:37.311Z [INFO] CoreDNS-1.2.6',
    expect: { time: '2019-03-08T08:48:37.311Z', level: 'info', message: '[INFO] CoreDNS-1.2.6' },
  },
  {
    // messages.md §2.11 (event line with an RFC3339 prefix and [Warning])
    name: '[Warning] level word',
    line: L.rfc3339BracketWarning,
    expect: { time: '2023-12-15T19:23:47.000Z', level: 'warning', message: '[Warning] The node was low on resource: ephemeral-storage.' },
  },
  {
    // containerd logrus line inside an RFC3339 prefix (layouts.md §6.3 body)
    name: 'logrus inside',
    line: `2024-06-14T08:12:01.5Z ${L.logrusNoTime}`,
    expect: { time: '2024-06-14T08:12:01.500Z', level: 'error' },
  },
];

describe('parseRfc3339Prefixed', () => {
  it.each(cases)('$name', ({ line, expect: want }) => {
    const r = parseRfc3339Prefixed(line);
    expect(r).not.toBeNull();
    expect(r).toMatchObject({ format: 'rfc3339-prefixed', ...want });
  });

  const negatives: [string, string][] = [
    ['CRI line (layouts.md §6.5)', L.criStderrKlog],
    ['journal ISO (messages.md §2.22)', L.journalIsoKubelet],
    ['journal ISO, containerd (messages.md §2.13)', L.journalIsoContainerd],
    ['journal short (layouts.md §6.2)', L.journalShortPreciseKubenswrapper],
    ['klog (layouts.md §6.1)', L.klogStructuredCrashLoop],
    ['containerd (messages.md §2.11)', L.containerdK3os],
    ['etcd 3.2 (real-samples cluster-info-dump etcd logs.txt): space, no zone', '2019-03-08 08:48:04.721975 I | etcdmain: etcd Version: 3.2.24'],
    ['date only', '2019-03-08 hello'],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseRfc3339Prefixed(line)).toBeNull();
  });
});

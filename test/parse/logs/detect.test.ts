import { describe, expect, it } from 'vitest';
import { detectFormat, detectLineFormat, parseAny, parseLine } from '../../../src/parse/logs/index.js';
import type { LogFormat } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

const body = (line: string): string => line.slice(line.indexOf(']: ') + 3);

describe('detectLineFormat', () => {
  const cases: [string, string, LogFormat | null][] = [
    ['layouts.md §6.1 klog', L.klogStructuredCrashLoop, 'klog'],
    ['layouts.md §6.2 journal short', L.journalShortKubelet, 'journal'],
    ['layouts.md §6.2 journal short-precise', L.journalShortPreciseKubenswrapper, 'journal'],
    ['messages.md §2.22 journal ISO', L.journalIsoKubelet, 'journal'],
    ['layouts.md §6.3 containerd.log', body(L.journalContainerdLocalised), 'containerd'],
    ['layouts.md §6.4 CRI-O', body(L.journalCrioPrecise), 'crio'],
    ['layouts.md §6.5 CRI', L.criStderrKlog, 'cri'],
    ['layouts.md §6.6 dmesg raw', L.dmesgRawOom, 'dmesg-raw'],
    ['layouts.md §6.6 dmesg -T', L.dmesgHumanOom, 'dmesg-human'],
    ['layouts.md §6.6 journalctl -k', L.journalKernelPrecise, 'journal'],
    ['layouts.md §2.2 current.log', '2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739 1 app.go:242] msg', 'rfc3339-prefixed'],
    ['layouts.md §1.5 logs.txt marker', '==== START logs for container coredns of pod kube-system/coredns-86c58d9df4-mnjkg ====', null],
    ['empty', '   ', null],
  ];
  it.each(cases)('%s', (_n, line, want) => {
    expect(detectLineFormat(line)).toBe(want);
  });
});

describe('detectFormat', () => {
  const files: [string, string[], LogFormat][] = [
    [
      // sos `journalctl --no-pager --unit kubelet` (layouts.md §3.2) in short format: header line, klog continuation
      'kubelet journal with a header',
      [L.journalMarkerLogsBegin, L.journalShortKubelet, L.journalKubeletWarning, L.journalKubelet7DigitPid, '-- Reboot --', L.journalK3sPaddedDay],
      'journal',
    ],
    [
      // real-samples cluster-info-dump-minikube kube-apiserver logs.txt, first lines
      'cluster-info dump logs.txt (klog with a plain first line)',
      [
        '==== START logs for container kube-apiserver of pod kube-system/kube-apiserver-minikube ====',
        'Flag --insecure-port has been deprecated, This flag will be removed in a future version.',
        'I0308 08:48:03.667338       1 server.go:557] external host was not specified, using 10.41.10.26',
        'I0308 08:48:03.667429       1 server.go:146] Version: v1.13.3',
      ],
      'klog',
    ],
    [
      // real-samples must-gather-fragments current.log (whole file)
      'must-gather current.log',
      [
        '2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739       1 test_app.go:242] My Info LogMessage',
        '2023-11-02T06:12:08.604740676Z W1103 06:12:08.604740       1 test_app_go:542] My Warning LogMessage',
        '2023-11-02T06:12:08.604741676Z E1106 06:12:08.604741       1 test_app_go:542] My Error LogMessage',
        '',
      ],
      'rfc3339-prefixed',
    ],
    ['CRI rotated file (layouts.md §6.5)', [L.criStderrKlog, L.criStderrKlog], 'cri'],
    ['k3s containerd.log (layouts.md §6.3, messages.md §2.11)', [body(L.journalContainerdLocalised), L.containerdK3os, L.logrusNoTime, 'goroutine 1 [running]:'], 'containerd'],
    ['CRI-O lines (layouts.md §6.4)', [body(L.journalCrioPrecise), body(L.journalCrioChineseOffset)], 'crio'],
    ['sos kernel/dmesg (layouts.md §6.6)', [L.dmesgRawBoot, L.dmesgRawOom, L.dmesgRawOomInvoked, L.dmesgRawConntrack], 'dmesg-raw'],
    ['sos kernel/dmesg_-T (layouts.md §6.6)', [L.dmesgHumanOom, L.dmesgHumanOomOld, L.dmesgHumanGermanDay], 'dmesg-human'],
    ['Harvester kernel.log, journalctl -k (layouts.md §4a)', [L.journalKernelPrecise, L.journalKernelStamp], 'journal'],
    ['CRLF and BOM', ['\uFEFF' + L.klogKubeProxy + '\r\n', L.klogEvictionPid1 + '\r'], 'klog'],
    ['container stdout', ['.:53', 'NGINX Ingress controller', '  Release:    0.21.0'], 'plain'],
    ['empty file', [], 'plain'],
  ];
  it.each(files)('%s', (_n, lines, want) => {
    expect(detectFormat(lines)).toBe(want);
  });

  it('goes by the majority', () => {
    // a klog file that happens to contain one dmesg-looking line
    expect(detectFormat([L.dmesgRawOom, L.klogKubeProxy, L.klogEvictionPid1])).toBe('klog');
  });

  it('looks only at the first maxLines non-empty lines', () => {
    const lines = [...Array(5).fill(L.klogKubeProxy), ...Array(20).fill(L.dmesgRawOom)];
    expect(detectFormat(lines, 5)).toBe('klog');
    expect(detectFormat(lines)).toBe('dmesg-raw');
  });
});

describe('parseLine', () => {
  it('dispatches by format', () => {
    expect(parseLine(L.journalShortKubelet, 'journal', { year: 2024 })).toMatchObject({ format: 'journal', process: 'kubelet' });
    expect(parseLine(L.klogKubeProxy, 'klog')).toMatchObject({ format: 'klog', source: 'conntrack.go:52' });
  });

  it('falls back to plain for a line the format does not fit', () => {
    // layouts.md §6.2 header line inside a journal file
    expect(parseLine(L.journalMarkerLogsBegin, 'journal')).toEqual({
      format: 'plain', time: null, timeKind: null, level: null, message: L.journalMarkerLogsBegin,
    });
    // a klog line read as journal is not forced into the journal shape
    expect(parseLine(L.klogKubeProxy, 'journal').format).toBe('plain');
    expect(parseLine('anything', 'plain')).toMatchObject({ format: 'plain', message: 'anything' });
  });

  it('plain strips BOM and CR', () => {
    expect(parseLine('\uFEFFhello\r\n', 'plain').message).toBe('hello');
  });

  it('dmesg formats accept each other, and so do containerd and CRI-O', () => {
    expect(parseLine(L.dmesgHumanOom, 'dmesg-raw').format).toBe('dmesg-human');
    expect(parseLine(L.dmesgRawOom, 'dmesg-human').format).toBe('dmesg-raw');
    expect(parseLine(body(L.journalCrioPrecise), 'containerd').format).toBe('crio');
    expect(parseLine(L.containerdK3os, 'crio').format).toBe('containerd');
  });
});

describe('parseAny', () => {
  it('tries every format', () => {
    expect(parseAny(L.criStderrKlog).format).toBe('cri');
    expect(parseAny(L.journalIsoKubelet).format).toBe('journal');
    expect(parseAny('just text')).toMatchObject({ format: 'plain', message: 'just text' });
  });
});

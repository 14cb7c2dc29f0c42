import { describe, expect, it } from 'vitest';
import { CriPartialJoiner, MAX_LINE_CHARS, parseCri } from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

interface Case {
  name: string;
  line: string;
  expect: Partial<LogRecord>;
}

const cases: Case[] = [
  {
    // layouts.md §6.5 (real, omc testdata; also real-samples must-gather-fragments rotated/1.log.20231102-061208):
    // CRI-O `+00:00`, klog inside merged
    name: 'CRI-O file, stderr F, klog inside',
    line: L.criStderrKlog,
    expect: {
      format: 'cri', stream: 'stderr', time: '2023-11-02T06:12:07.604Z', timeKind: 'absolute',
      level: 'info', source: 'test_app.go:365', message: 'My Rotated LogMsg',
    },
  },
  {
    // layouts.md §6.5: containerd writes `Z`; message a real container-log line (messages.md §2.14, TheK8sBook#46)
    name: 'containerd file, stdout F, plain message',
    line: '2024-06-14T08:12:01.123456789Z stdout F exec /bin/sh: exec format error',
    expect: { stream: 'stdout', time: '2024-06-14T08:12:01.123Z', level: null, message: 'exec /bin/sh: exec format error' },
  },
  {
    // layouts.md §6.5: `P` = partial; the chunk is not parsed further
    name: 'partial chunk',
    line: '2024-06-14T08:12:01.123456789Z stderr P E0614 08:12:01.123456       1 main.go:42] "first half',
    expect: { stream: 'stderr', partial: true, level: null, message: 'E0614 08:12:01.123456       1 main.go:42] "first half' },
  },
  {
    // layouts.md §6.5 line with an empty message
    name: 'empty message',
    line: '2023-11-02T06:12:07.604163885+00:00 stdout F',
    expect: { stream: 'stdout', message: '' },
  },
  {
    // kubelet < 1.10 wrote no F/P tag (same §6.5 shape without the tag)
    name: 'no tag (old kubelet)',
    line: '2018-01-02T03:04:05.000000001Z stdout standard_init_linux.go:211: exec user process caused "exec format error"',
    expect: { stream: 'stdout', message: 'standard_init_linux.go:211: exec user process caused "exec format error"' },
  },
];

describe('parseCri', () => {
  it.each(cases)('$name', ({ line, expect: want }) => {
    const r = parseCri(line);
    expect(r).not.toBeNull();
    expect(r).toMatchObject(want);
  });

  it('a full line has no partial flag', () => {
    expect(parseCri(L.criStderrKlog)?.partial).toBeUndefined();
  });

  const negatives: [string, string][] = [
    ['rfc3339-prefixed current.log (real-samples must-gather-fragments current.log, line 1)', '2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739       1 test_app.go:242] My Info LogMessage'],
    ['journal ISO (messages.md §2.22)', L.journalIsoKubelet],
    ['journal short (layouts.md §6.2)', L.journalShortKubelet],
    ['klog (layouts.md §6.1)', L.klogStructuredCrashLoop],
    ['containerd (messages.md §2.11)', L.containerdK3os],
    ['dmesg (layouts.md §6.6)', L.dmesgHumanOom],
    ['stream word glued to the text', '2023-11-02T06:12:07.604163885+00:00 stdoutF x'],
  ];
  it.each(negatives)('returns null for %s', (_n, line) => {
    expect(parseCri(line)).toBeNull();
  });
});

describe('CriPartialJoiner (layouts.md §6.5: join P-chunks)', () => {
  it('joins P chunks with the closing F line and parses the whole', () => {
    const j = new CriPartialJoiner();
    expect(j.push('2024-06-14T08:12:01.000000001Z stderr P E0614 08:12:01.123456       1 main.go:42] "Error syncing pod, ')).toBeNull();
    expect(j.push('2024-06-14T08:12:01.000000002Z stderr P skipping" err="ba')).toBeNull();
    const r = j.push('2024-06-14T08:12:01.000000003Z stderr F d"');
    expect(r).toMatchObject({
      format: 'cri', stream: 'stderr', time: '2024-06-14T08:12:01.000Z', level: 'error', source: 'main.go:42',
      message: 'Error syncing pod, skipping err="bad"', fields: { err: 'bad' },
    });
    expect(r?.partial).toBeUndefined();
    expect(j.flush()).toEqual([]);
  });

  it('keeps the streams apart', () => {
    const j = new CriPartialJoiner();
    expect(j.push('2024-06-14T08:12:01Z stdout P out-')).toBeNull();
    expect(j.push('2024-06-14T08:12:02Z stderr F err line')).toMatchObject({ stream: 'stderr', message: 'err line' });
    expect(j.push('2024-06-14T08:12:03Z stdout F done')).toMatchObject({ stream: 'stdout', message: 'out-done', time: '2024-06-14T08:12:01.000Z' });
  });

  it('flush returns chunks never completed, marked partial', () => {
    const j = new CriPartialJoiner();
    j.push('2024-06-14T08:12:01Z stdout P abc');
    j.push('2024-06-14T08:12:01Z stdout P def');
    const rest = j.flush();
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ stream: 'stdout', partial: true, message: 'abcdef' });
    expect(j.flush()).toEqual([]);
  });

  it('caps a joined line at MAX_LINE_CHARS and flags it', () => {
    const j = new CriPartialJoiner();
    const chunk = 'x'.repeat(16 * 1024);
    for (let i = 0; i < 10; i++) expect(j.push(`2024-06-14T08:12:01Z stdout P ${chunk}`)).toBeNull();
    const r = j.push('2024-06-14T08:12:01Z stdout F end');
    expect(r?.truncated).toBe(true);
    expect(r!.message.length).toBe(MAX_LINE_CHARS);
  });

  it('ignores lines that are not CRI', () => {
    const j = new CriPartialJoiner();
    expect(j.push(L.klogKubeProxy)).toBeNull();
    expect(j.push(L.criStderrKlog)).toMatchObject({ message: 'My Rotated LogMsg' });
  });
});

/**
 * Hostile input: every parser must return (never throw, never hang) on huge, malformed or binary
 * lines, and must not run a pattern over more than MAX_LINE_CHARS. No timing assertions: a
 * catastrophically backtracking pattern would simply not finish.
 */
import { describe, expect, it } from 'vitest';
import {
  CriPartialJoiner, LOG_FORMATS, MAX_LINE_CHARS, detectFormat, detectLineFormat, isJournalMarker, parseAny,
  parseContainerd, parseCri, parseCrio, parseDmesg, parseDmesgHuman, parseDmesgRaw, parseJournal, parseKlog,
  parseKlogBody, parseLine, parseRfc3339Prefixed, prepareLine, scanLogfmt, unquoteGo,
} from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

const ctx = { year: 2024, bootTime: '2024-06-01T00:00:00Z' };
const MB = 1 << 20;
const rep = (s: string): string => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);

// 1 MB lines of characters that the patterns care about.
const tricky: [string, string][] = [
  ['quotes', rep('"')],
  ['escaped quotes', rep('\\"')],
  ['backslashes', rep('\\')],
  ['key="', rep(' a="')],
  ['key=\\"', rep('a=\\" ')],
  ['key=', rep('a=')],
  ['spaces', rep(' ')],
  ['tabs and CR', rep('\t\r')],
  ['brackets', rep('[ ')],
  ['digits', rep('0')],
  ['colons', rep(':')],
  ['dashes', rep('-- ')],
  ['binary', rep('\u0000\uffff\ud800\u2028\x1b[0m')],
  ['klog header without file:line', 'E0614 08:12:01.123456    1234 ' + rep('a')],
  ['klog header with many colons', 'E0614 08:12:01.123456    1234 ' + rep('a:1')],
  ['klog structured, unterminated pairs', 'E0614 08:12:01.123456    1234 x.go:1] "m" ' + rep('x="')],
  ['journal time then junk', 'Jun 14 08:12:01 ' + rep('x')],
  ['journal time, host, brackets', 'Jun 14 08:12:01 node-1 ' + rep('[')],
  ['journal ISO then spaces', '2024-06-14T08:12:01+0000 ' + rep(' ')],
  ['logrus unterminated', 'time="' + rep('\\')],
  ['logrus with fake closers', 'time="2024-06-14T08:12:01Z" level=error msg="' + rep('\\" k=" ')],
  ['CRI header with quotes', '2024-06-14T08:12:01.123456789Z stderr F ' + rep('"a" ')],
  ['dmesg open bracket', '[' + rep(' ') + '1.1]'],
  ['dmesg -x decoration then brackets', 'kern  :err   : ' + rep('[ ')],
  ['dmesg -T-like', '[' + rep('Fri ')],
  ['BOM and CRLF', '\uFEFF' + rep('x') + '\r\n'],
];

type Fn = (line: string) => unknown;
const parsers: [string, Fn][] = [
  ['parseKlog', (l) => parseKlog(l, ctx)],
  ['parseJournal', (l) => parseJournal(l, ctx)],
  ['parseContainerd', (l) => parseContainerd(l, ctx)],
  ['parseCrio', (l) => parseCrio(l, ctx)],
  ['parseCri', (l) => parseCri(l, ctx)],
  ['parseRfc3339Prefixed', (l) => parseRfc3339Prefixed(l, ctx)],
  ['parseDmesgRaw', (l) => parseDmesgRaw(l, ctx)],
  ['parseDmesgHuman', (l) => parseDmesgHuman(l, ctx)],
  ['parseDmesg', (l) => parseDmesg(l, ctx)],
  ['parseAny', (l) => parseAny(l, ctx)],
  ['detectLineFormat', (l) => detectLineFormat(l)],
  ['detectFormat', (l) => detectFormat([l, l, l])],
  ['isJournalMarker', (l) => isJournalMarker(l)],
  ['CriPartialJoiner', (l) => {
    const j = new CriPartialJoiner(ctx);
    return [j.push(l), j.push(l), ...j.flush()];
  }],
  ...LOG_FORMATS.map((f): [string, Fn] => [`parseLine(${f})`, (l) => parseLine(l, f, ctx)]),
  // The low-level helpers are not length-capped; they must still be linear on 1 MB.
  ['scanLogfmt', (l) => scanLogfmt(l)],
  ['unquoteGo', (l) => unquoteGo(l)],
  ['parseKlogBody', (l) => parseKlogBody(l)],
];

function isRecord(x: unknown): x is LogRecord {
  return typeof x === 'object' && x !== null && 'format' in x && 'message' in x;
}

describe.each(parsers)('%s on 1 MB lines', (_name, fn) => {
  it.each(tricky)('%s: returns', (_n, line) => {
    let out: unknown;
    expect(() => { out = fn(line); }).not.toThrow();
    const recs = Array.isArray(out) ? out : [out];
    for (const r of recs) {
      if (isRecord(r) && _name !== 'parseKlogBody') expect(r.message.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    }
  });
});

describe('non-string input never throws', () => {
  const bad = [undefined, null, 42, {}, []] as unknown as string[];
  it.each(parsers)('%s', (_name, fn) => {
    for (const b of bad) expect(() => fn(b)).not.toThrow();
  });
  it('single-line parsers give null, parseLine/parseAny give an empty plain record', () => {
    expect(parseKlog(undefined as unknown as string)).toBeNull();
    expect(parseJournal(null as unknown as string)).toBeNull();
    expect(parseLine(undefined as unknown as string, 'klog')).toMatchObject({ format: 'plain', message: '' });
    expect(parseAny(42 as unknown as string)).toMatchObject({ format: 'plain', message: '' });
  });
});

describe('long lines are cut at MAX_LINE_CHARS before parsing', () => {
  it('keeps the header, cuts the message and flags it (layouts.md §6.1 header)', () => {
    const head = 'E0219 14:56:20.643012    3676 pod_workers.go:1298] ';
    const r = parseKlog(head + 'x'.repeat(MB), ctx);
    expect(r).toMatchObject({ format: 'klog', source: 'pod_workers.go:1298', truncated: true });
    expect(r!.message.length).toBe(MAX_LINE_CHARS - head.length);
  });

  it('a journal line over the limit (layouts.md §6.2 short)', () => {
    const r = parseJournal(L.journalShortKubelet + ' ' + 'y'.repeat(100_000), ctx);
    expect(r).toMatchObject({ process: 'kubelet', truncated: true });
  });

  it('a line exactly at the limit is not flagged', () => {
    const head = 'E0219 14:56:20.643012    3676 pod_workers.go:1298] ';
    const r = parseKlog(head + 'x'.repeat(MAX_LINE_CHARS - head.length) + '\r\n', ctx);
    expect(r?.truncated).toBeUndefined();
  });

  it('never splits a surrogate pair', () => {
    const p = prepareLine('a' + '😀'.repeat(MAX_LINE_CHARS));
    expect(p?.truncated).toBe(true);
    const last = p!.text.charCodeAt(p!.text.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });
});

describe('CRLF and BOM', () => {
  const lines: [string, string, Fn][] = [
    ['klog (layouts.md §6.1)', L.klogStructuredCrashLoop, (l) => parseKlog(l, ctx)],
    ['journal (layouts.md §6.2)', L.journalShortPreciseKubenswrapper, (l) => parseJournal(l, ctx)],
    ['containerd (messages.md §2.11)', L.containerdK3os, (l) => parseContainerd(l, ctx)],
    ['CRI (layouts.md §6.5)', L.criStderrKlog, (l) => parseCri(l, ctx)],
    ['dmesg (layouts.md §6.6)', L.dmesgRawOom, (l) => parseDmesgRaw(l, ctx)],
    ['dmesg -T (layouts.md §6.6)', L.dmesgHumanOom, (l) => parseDmesgHuman(l, ctx)],
  ];
  it.each(lines)('%s parses the same with a BOM and CRLF', (_n, line, fn) => {
    const want = fn(line);
    expect(want).not.toBeNull();
    expect(fn('\uFEFF' + line + '\r\n')).toEqual(want);
    expect(fn(line + '\r')).toEqual(want);
  });

  it('keeps a U+2028 inside the message', () => {
    const r = parseKlog('I0308 08:48:03.667338       1 server.go:557] a\u2028b', ctx);
    expect(r?.message).toBe('a\u2028b');
  });
});

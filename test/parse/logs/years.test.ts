import { describe, expect, it } from 'vitest';
import { assignYears, parseJournal, parseKlog, parseLine } from '../../../src/parse/logs/index.js';
import type { LogRecord } from '../../../src/parse/logs/index.js';
import * as L from './lines.js';

/** A kubelet journal line (layouts.md §6.2 short, real) moved to another date/time. */
const at = (stamp: string): string => L.journalShortKubelet.replace('Feb 19 14:56:20', stamp);

const times = (rs: LogRecord[]): (string | null)[] => rs.map((r) => r.time);

describe('assignYears (layouts.md §6.2: no year in short formats, handle Dec→Jan rollover)', () => {
  it('Dec 28 → Jan 3 collected on Jan 4 gets both years right', () => {
    const lines = [at('Dec 28 23:00:00'), at('Dec 31 23:59:59'), at('Jan 01 00:00:01'), at('Jan 03 10:00:00')];
    // parsed with the collection year, which is wrong for the December lines
    const recs = lines.map((l) => parseJournal(l, { year: 2025 })!);
    expect(recs[0]!.time).toBe('2025-12-28T23:00:00.000Z');
    assignYears(recs, new Date('2025-01-04T12:00:00Z'));
    expect(times(recs)).toEqual([
      '2024-12-28T23:00:00.000Z', '2024-12-31T23:59:59.000Z', '2025-01-01T00:00:01.000Z', '2025-01-03T10:00:00.000Z',
    ]);
  });

  it('works on records parsed without a year', () => {
    const recs = [at('Dec 28 23:00:00'), at('Jan 03 10:00:00')].map((l) => parseJournal(l)!);
    expect(times(recs)).toEqual([null, null]);
    assignYears(recs, new Date('2025-01-04T00:00:00Z'));
    expect(times(recs)).toEqual(['2024-12-28T23:00:00.000Z', '2025-01-03T10:00:00.000Z']);
  });

  it('leaves a log inside one year in that year', () => {
    const recs = [at('Mar 01 00:00:00'), at('Jun 14 08:12:01')].map((l) => parseJournal(l)!);
    assignYears(recs, new Date('2024-06-14T09:00:00Z'));
    expect(times(recs)).toEqual(['2024-03-01T00:00:00.000Z', '2024-06-14T08:12:01.000Z']);
  });

  it('a log that ends in December, collected in January, is all last year', () => {
    const recs = [at('Dec 20 00:00:00'), at('Dec 31 12:00:00')].map((l) => parseJournal(l)!);
    assignYears(recs, new Date('2025-01-02T00:00:00Z'));
    expect(times(recs)).toEqual(['2024-12-20T00:00:00.000Z', '2024-12-31T12:00:00.000Z']);
  });

  it('allows a day of clock slack after the collection time', () => {
    const recs = [parseJournal(at('Jun 14 23:30:00'))!];
    assignYears(recs, new Date('2024-06-14T22:00:00Z'));
    expect(recs[0]!.time).toBe('2024-06-14T23:30:00.000Z');
  });

  it('two rollovers', () => {
    const recs = ['Nov 10 00:00:00', 'Jan 15 00:00:00', 'Jun 01 00:00:00', 'Dec 01 00:00:00', 'Jan 02 00:00:00'].map((s) => parseJournal(at(s))!);
    assignYears(recs, new Date('2025-01-05T00:00:00Z'));
    expect(times(recs).map((t) => t!.slice(0, 10))).toEqual(['2023-11-10', '2024-01-15', '2024-06-01', '2024-12-01', '2025-01-02']);
  });

  it('slight disorder across the turn of the year does not flip years', () => {
    const recs = [at('Dec 31 23:59:58'), at('Jan 01 00:00:02'), at('Dec 31 23:59:59'), at('Jan 01 00:00:03')].map((l) => parseJournal(l)!);
    assignYears(recs, new Date('2025-01-01T01:00:00Z'));
    expect(times(recs)).toEqual([
      '2024-12-31T23:59:58.000Z', '2025-01-01T00:00:02.000Z', '2024-12-31T23:59:59.000Z', '2025-01-01T00:00:03.000Z',
    ]);
  });

  it('absolute lines anchor the walk (journal wrapping containerd, layouts.md §6.3)', () => {
    // The containerd line carries 2022-11-05 (year known); the kubelet line after it has none.
    const recs = [parseJournal(L.journalContainerdLocalised)!, parseJournal(at('Nov 05 13:40:00'))!];
    expect(recs[0]!.timeKind).toBe('absolute');
    assignYears(recs, new Date('2025-01-01T00:00:00Z'));
    // The kubelet line is the last one; nothing later than it anchors it but the collection time.
    expect(recs[1]!.time).toBe('2024-11-05T13:40:00.000Z');
    // A year-less line before the absolute one takes the absolute line's year.
    const recs2 = [parseJournal(at('Nov 05 13:30:00'))!, parseJournal(L.journalContainerdLocalised)!];
    assignYears(recs2, new Date('2025-01-01T00:00:00Z'));
    expect(recs2[0]!.time).toBe('2022-11-05T13:30:00.000Z');
    expect(recs2[1]!.time).toBe('2022-11-05T13:34:04.444Z');
  });

  it('uses the node offset', () => {
    const recs = [parseJournal(at('Jan 01 00:30:00'), { utcOffsetMinutes: 60 })!];
    assignYears(recs, new Date('2025-01-01T12:00:00Z'), { utcOffsetMinutes: 60 });
    expect(recs[0]!.time).toBe('2024-12-31T23:30:00.000Z');
  });

  it('Feb 29 goes to a leap year', () => {
    const recs = [parseJournal(at('Feb 29 12:00:00'))!];
    assignYears(recs, new Date('2025-03-01T00:00:00Z'));
    expect(recs[0]!.time).toBe('2024-02-29T12:00:00.000Z');
  });

  it('handles klog records too (layouts.md §6.1: no year)', () => {
    const recs = [parseKlog(L.klogKubeProxy)!, parseKlog(L.klogOldGlog2015)!]; // Nov 20, then Nov 27
    assignYears(recs, new Date('2021-12-01T00:00:00Z'));
    expect(times(recs)).toEqual(['2021-11-20T15:18:19.757Z', '2021-11-27T10:42:16.169Z']);
  });

  it('a line more than disorderMs after the next one belongs to the year before', () => {
    const recs = [parseKlog(L.klogOldGlog2015)!, parseKlog(L.klogKubeProxy)!]; // Nov 27, then Nov 20
    assignYears(recs, new Date('2021-12-01T00:00:00Z'));
    expect(times(recs)).toEqual(['2020-11-27T10:42:16.169Z', '2021-11-20T15:18:19.757Z']);
    assignYears(recs, new Date('2021-12-01T00:00:00Z'), { disorderMs: 8 * 86_400_000 });
    expect(times(recs)).toEqual(['2021-11-27T10:42:16.169Z', '2021-11-20T15:18:19.757Z']);
  });

  it('skips plain records and an invalid collection time', () => {
    const recs = [parseLine('plain text', 'plain'), parseJournal(at('Jan 03 10:00:00'))!];
    assignYears(recs, new Date('nope'));
    expect(times(recs)).toEqual([null, null]);
    assignYears(recs, new Date('2025-01-04T00:00:00Z'));
    expect(times(recs)).toEqual([null, '2025-01-03T10:00:00.000Z']);
  });
});

import { describe, expect, it } from 'vitest';
import { ageToIso, parseAge, parseDescribeTime, parseEventSource, parseInterval } from '../../../src/parse/text/common.js';

describe('parseAge (duration.HumanDuration forms)', () => {
  it.each([
    ['5s', 5],
    ['2m13s', 133],
    ['9m', 540],
    ['3h5m', 11100],
    ['2d1h', 176400],
    ['11h', 39600],
    ['1y20d', 365 * 86400 + 20 * 86400],
    ['<unknown>', null],
    ['<invalid>', null],
    ['', null],
    ['soon', null],
    ['5 m', null],
  ])('%s → %s', (age, secs) => {
    expect(parseAge(age)).toBe(secs);
  });

  it('ageToIso needs now', () => {
    expect(ageToIso('2m', null)).toBeNull();
    expect(ageToIso('2m', Date.parse('2024-06-14T08:20:00Z'))).toBe('2024-06-14T08:18:00Z');
    expect(ageToIso('<unknown>', Date.parse('2024-06-14T08:20:00Z'))).toBeNull();
  });
});

describe('parseInterval (describe Age / get events LAST SEEN)', () => {
  it.each([
    ['2m13s (x25 over 8m)', { last: '2m13s', first: '8m', count: 25 }],
    ['4m9s (x3074 over 11h)', { last: '4m9s', first: '11h', count: 3074 }],
    ['9m', { last: '9m', first: '9m', count: null }],
    ['(x3 over 10m)', null],
  ])('%s', (text, want) => {
    expect(parseInterval(text)).toEqual(want);
  });
});

describe('parseDescribeTime (RFC 1123 as kubectl describe prints it)', () => {
  it.each([
    ['Fri, 14 Jun 2024 08:02:11 +0000', '2024-06-14T08:02:11Z'],
    ['Fri, 04 Feb 2022 07:13:50 +0530', '2022-02-04T01:43:50Z'],
    ['Thu, 24 Mar 2016 01:39:49 -0700', '2016-03-24T08:39:49Z'],
    ['Mon, 01 Jan 0001 00:00:00 +0000', undefined],
    ['<unset>', undefined],
    ['', undefined],
    ['sometime last week', 'sometime last week'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDescribeTime(raw)).toBe(iso);
  });
});

describe('parseEventSource (messages.md §3 "Event source column")', () => {
  it.each([
    ['kubelet', { component: 'kubelet' }],
    ['kubelet, minikube', { component: 'kubelet', host: 'minikube' }],
    ['{kubelet gklab-97a-012}', { component: 'kubelet', host: 'gklab-97a-012' }],
    ['{default-scheduler }', { component: 'default-scheduler' }],
    ['', undefined],
  ])('%s', (raw, want) => {
    expect(parseEventSource(raw)).toEqual(want);
  });
});

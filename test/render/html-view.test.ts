import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model/types.js';
import {
  buildHtmlView, buildTimeline, capEvidence, DEFAULT_LIMITS, evidencePerGroup, evidenceView, formatBytes, formatTime, LABELS, splitCode, timeTicks, TL,
} from '../../src/render/html-view.js';
import { finding, reportOf, syntheticContext, syntheticReport } from '../browser/synthetic.js';

const ctx = syntheticContext();
const ev = (file: string, line: number, text = `line ${line}`): Evidence => ({ file, line, time: null, kind: 'kubelet', text });

describe('grouping', () => {
  it('replicas of one owner failing alike are one group; another reason or cause is another group', () => {
    const owner = { kind: 'Deployment', name: 'web' };
    const r = reportOf([
      finding({ id: 'f-1', pod: 'web-a', owner, node: 'node-1' }),
      finding({ id: 'f-2', pod: 'web-b', owner, node: 'node-2' }),
      finding({ id: 'f-3', pod: 'web-c', owner, node: null }),
      finding({ id: 'f-4', pod: 'web-d', owner, cause: { id: 'node.disk-full', confidence: 0.9, summary: 'disk' } }),
      finding({ id: 'f-5', pod: 'db-0', reason: 'OOMKilled' }),
    ]);
    const v = buildHtmlView(r, ctx);
    expect(v.groups.map((g) => g.id)).toEqual(['f-1', 'f-4', 'f-5']);
    const g = v.groups[0]!;
    expect(g.podCount).toBe(3);
    expect(g.who).toBe('Deployment web');
    expect(g.nodes).toEqual(['node-1', 'node-2']);
    expect(g.noNode).toBe(true);
    expect(g.members.map((m) => [m.id, m.head])).toEqual([['f-1', true], ['f-2', false], ['f-3', false]]);
    expect(JSON.parse(g.filter.nodes)).toEqual(['node-1', 'node-2', null]);
    expect(JSON.parse(g.filter.sev)).toBe('error');
    // A single pod is named by itself, not by its owner, and lists no members.
    expect(v.groups[1]!.who).toBe('web-d');
    expect(v.groups[1]!.members).toEqual([]);
    expect(v.header.groups).toBe(3);
    expect(v.header.counts).toEqual([{ sev: 'error', n: 5 }]);
  });

  it('filter values are the JSON of what occurs, with a "no node" entry only when a finding has none', () => {
    const v = buildHtmlView(reportOf([finding({ id: 'f-1', namespace: 'b' }), finding({ id: 'f-2', namespace: 'a', node: null, pod: 'x', reason: 'OOMKilled', relatedReasons: ['RunContainerError'] })]), ctx);
    expect(v.filters.namespaces.map((n) => n.value)).toEqual(['"a"', '"b"']);
    expect(v.filters.nodes).toEqual([{ value: '"node-1"', label: 'node-1', noNode: false }, { value: 'null', label: '', noNode: true }]);
    expect(v.filters.reasons.map((r) => r.reason)).toEqual(['CrashLoopBackOff', 'OOMKilled', 'RunContainerError']);
  });

  it('opens every group of a short report and only the first of a long one', () => {
    const short = buildHtmlView(syntheticReport({ findings: 4 }).report, ctx);
    expect(short.groups.every((g) => g.open)).toBe(true);
    const long = buildHtmlView(syntheticReport({ findings: 40 }).report, ctx);
    expect(long.groups.filter((g) => g.open).map((g) => g.id)).toEqual([long.groups[0]!.id]);
  });

  it('ties signals to groups and lists each node with its findings, signals and gaps', () => {
    const r = reportOf([finding({ id: 'f-1', node: 'node-2', signals: ['s-1'] }), finding({ id: 'f-2', pod: 'p', node: null, severity: 'warning' })], {
      signals: [{ id: 's-1', type: 'node.disk-full', node: 'node-2', count: 4, firstSeen: '2025-01-01T00:00:00Z', lastSeen: '2025-01-01T01:00:00Z', evidence: [ev('k.log', 3)] }],
      gaps: [{ node: 'node-9', missing: 'no kubelet log for node-9', impact: 'x' }, { node: null, missing: 'no events', impact: 'y' }],
    });
    const v = buildHtmlView(r, ctx);
    expect(v.groups[0]!.signals).toEqual([{ id: 's-1', type: 'node.disk-full', title: 'Node disk full', node: 'node-2', count: 4 }]);
    expect(v.nodes.map((n) => [n.name, n.noNode, n.total])).toEqual([['node-2', false, 1], ['node-9', false, 0], ['', true, 1]]);
    expect(v.nodes[0]!.signals[0]!.firstSeen).toBe('2025-01-01 00:00:00Z');
    expect(v.nodes[1]!.gaps).toHaveLength(1);
    expect(v.nodes[0]!.filterValue).toBe('"node-2"');
    expect(v.appendix.gaps).toHaveLength(2);
  });
});

describe('verdict', () => {
  const text = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

  it('names the biggest group: its pod count, owner, node when all share one, reason title and cause', () => {
    const owner = { kind: 'Deployment', name: 'web' };
    const r = reportOf([
      finding({ id: 'f-0', pod: 'lone', reason: 'OOMKilled', node: 'node-1' }),
      ...['a', 'b', 'c'].map((p, i) => finding({ id: `f-${i + 1}`, pod: `web-${p}`, owner, node: 'node-3', reason: 'CreatePodSandboxError', cause: { id: 'cni.ip-exhausted', confidence: 0.9, summary: 'x' } })),
    ]);
    const v = buildHtmlView(r, ctx);
    expect(text(v.verdict.en)).toBe('3 pods of Deployment web in namespace default on node node-3: Title of CreatePodSandboxError. '
      + 'Cause (90% confidence): Synthetic cause summary for cni.ip-exhausted explaining what happened in one sentence. 1 more group below (4 findings in all).');
    expect(text(v.verdict.zh)).toBe('节点 node-3 上，命名空间 default 中 Deployment web 的 3 个 Pod：CreatePodSandboxError 的标题。原因（置信度 90%）：cni.ip-exhausted 的中文说明。 另有 1 组问题（共 4 个），见下文。');
    expect(v.verdict.en.find((s) => s.text === 'node-3')?.code).toBe(true);
  });

  it('leaves the node out when the pods are on several nodes, and prefers the more severe group', () => {
    const owner = { kind: 'Deployment', name: 'web' };
    const r = reportOf([
      finding({ id: 'f-9', pod: 'crit', severity: 'critical', node: 'n1' }),
      finding({ id: 'f-1', pod: 'a', owner, node: 'n1', severity: 'warning' }),
      finding({ id: 'f-2', pod: 'b', owner, node: 'n2', severity: 'warning' }),
    ]);
    expect(text(buildHtmlView(r, ctx).verdict.en)).toMatch(/^Pod crit in namespace default on node n1: /);
    const r2 = reportOf(r.findings.slice(1));
    const t = text(buildHtmlView(r2, ctx).verdict.en);
    expect(t).toMatch(/^2 pods of Deployment web in namespace default: /);
    expect(t).not.toContain('on node');
  });

  it('on equal size prefers the group whose cause is known', () => {
    const r = reportOf([
      finding({ id: 'f-1', pod: 'a', cause: { id: 'unknown', confidence: 0, summary: 'The bundle does not show why.' } }),
      finding({ id: 'f-2', pod: 'b', reason: 'OOMKilled', cause: { id: 'resources.oom-killed', confidence: 0.95, summary: 'oom' } }),
    ]);
    expect(text(buildHtmlView(r, ctx).verdict.en)).toMatch(/^Pod b /);
  });

  it('says so when nothing fails, and mentions what could not be checked', () => {
    const v = buildHtmlView(reportOf([], { gaps: [{ node: null, missing: 'm', impact: 'i' }] }), ctx);
    expect(text(v.verdict.en)).toBe('No failing pods found among 10 pods on 3 nodes. 1 thing could not be checked: see below.');
    expect(text(v.verdict.zh)).toContain('未发现失败的 Pod');
  });
});

describe('evidence', () => {
  it('shows the first lines and says how many more and where, by file and line range', () => {
    const list = [...Array.from({ length: 20 }, (_, i) => ev('a.log', i + 1)), ev('b.json', 8), ev('a.log', 400)];
    const { shown, more } = capEvidence(list, 12);
    expect(shown).toHaveLength(12);
    expect(shown[0]!.loc).toBe('a.log:1');
    expect(more).toEqual({ count: 10, where: 'a.log:13–400, b.json:8' });
    expect(capEvidence(list.slice(0, 12), 12).more).toBeNull();
  });

  it('names at most three files for the rest', () => {
    const list = ['a', 'b', 'c', 'd', 'e'].map((f) => ev(f, 1));
    expect(capEvidence(list, 0).more!.where).toBe('a:1, b:1, c:1, +2 files');
  });

  it('folds long lines and cuts very long ones, counting characters not UTF-16 units', () => {
    const long = 'x'.repeat(500);
    const v = evidenceView(ev('a', 1, long), { foldChars: 320, maxChars: 4000 });
    expect(v.head).toHaveLength(320);
    expect(v.tail).toHaveLength(180);
    expect(v.tailChars).toBe(180);
    // A line just over the fold is not folded for a few characters.
    expect(evidenceView(ev('a', 1, 'y'.repeat(340))).tail).toBe('');
    const huge = evidenceView(ev('a', 1, '😀'.repeat(5000)), { foldChars: 320, maxChars: 4000 });
    expect(huge.cut).toBe(1000);
    expect([...huge.head + huge.tail]).toHaveLength(4000);
  });

  it('a report with many groups shows fewer lines per group, never fewer than 4', () => {
    const limits = { evidence: 12, evidenceBudget: 6000, evidenceMin: 4 };
    expect(evidencePerGroup(1, limits)).toBe(12);
    expect(evidencePerGroup(500, limits)).toBe(12);
    expect(evidencePerGroup(1000, limits)).toBe(6);
    expect(evidencePerGroup(100000, limits)).toBe(4);
    const v = buildHtmlView(syntheticReport({ findings: 1000, evidencePerFinding: 20 }).report, ctx);
    expect(v.evidenceCap).toEqual({ lines: 6, reduced: true });
    expect(v.groups[0]!.evidence).toHaveLength(6);
    expect(v.groups[0]!.evidenceMore!.count).toBe(14);
  });

  it('the default cap is 12 lines per group', () => {
    const r = syntheticReport({ findings: 1, evidencePerFinding: 30 }).report;
    const g = buildHtmlView(r, ctx).groups[0]!;
    expect(DEFAULT_LIMITS.evidence).toBe(12);
    expect(g.evidence).toHaveLength(12);
    expect(g.evidenceMore!.count).toBe(18);
  });
});

describe('remediation code spans', () => {
  it('splits `...` into code segments and keeps an unmatched backtick as text', () => {
    expect(splitCode('Run `kubectl get pods` then `df -h`.')).toEqual([
      { text: 'Run ' }, { text: 'kubectl get pods', code: true }, { text: ' then ' }, { text: 'df -h', code: true }, { text: '.' },
    ]);
    expect(splitCode('a ` b')).toEqual([{ text: 'a ` b' }]);
    expect(splitCode('`<img src=x>`')).toEqual([{ text: '<img src=x>', code: true }]);
  });
});

describe('timeline geometry', () => {
  const T = (m: number) => new Date(Date.parse('2025-01-01T10:00:00Z') + m * 60_000).toISOString();
  const titles = { signal: (t: string) => t };

  it('one lane per node in name order, "no node" last; bars follow time from left to right', () => {
    const fs = [
      finding({ id: 'f-1', node: 'node-b', firstSeen: T(0), lastSeen: T(30) }),
      finding({ id: 'f-2', node: 'node-a', pod: 'p2', firstSeen: T(40), lastSeen: T(40) }),
      finding({ id: 'f-3', node: null, pod: 'p3', firstSeen: T(60), lastSeen: T(90) }),
      finding({ id: 'f-4', node: 'node-a', pod: 'p4' }),
    ];
    const tl = buildTimeline(fs, [], null, titles);
    expect(tl.empty).toBe(false);
    expect(tl.lanes.map((l) => [l.full, l.noNode])).toEqual([['node-a', false], ['node-b', false], ['', true]]);
    expect(tl.untimed).toBe(1);
    const byHref = new Map(tl.findings.map((m) => [m.href, m]));
    const f1 = byHref.get('f-1')!;
    const f2 = byHref.get('f-2')!;
    const f3 = byHref.get('f-3')!;
    expect(f1.dot).toBe(false);
    expect(f2.dot).toBe(true);
    expect(f1.x).toBeLessThan(f2.cx);
    expect(f2.cx).toBeLessThan(f3.x);
    expect(f1.x).toBeGreaterThanOrEqual(TL.plotX0);
    expect(f3.x + f3.w).toBeLessThanOrEqual(TL.plotX1);
    // Bar length is proportional to duration: f-3 (30 min) as long as f-1 (30 min).
    expect(Math.abs(f3.w - f1.w)).toBeLessThanOrEqual(1);
    // Each mark sits inside its lane.
    const laneOf = (node: string | null) => tl.lanes.find((l) => (node === null ? l.noNode : l.full === node))!;
    for (const [m, node] of [[f1, 'node-b'], [f2, 'node-a'], [f3, null]] as const) {
      const lane = laneOf(node);
      expect(m.cy).toBeGreaterThan(lane.y);
      expect(m.cy).toBeLessThan(lane.y + lane.h);
    }
    // Lanes stack without overlapping and the axis is below them.
    for (let i = 1; i < tl.lanes.length; i++) expect(tl.lanes[i]!.y).toBeCloseTo(tl.lanes[i - 1]!.y + tl.lanes[i - 1]!.h, 0);
    expect(tl.axisY).toBeGreaterThanOrEqual(tl.lanes.at(-1)!.y + tl.lanes.at(-1)!.h);
    expect(tl.height).toBeGreaterThan(tl.axisY);
    for (const t of tl.ticks) { expect(t.x).toBeGreaterThanOrEqual(TL.plotX0); expect(t.x).toBeLessThanOrEqual(TL.plotX1); }
  });

  it('merges marks on the same pixels into one with a count, keeping the worst severity', () => {
    const fs = Array.from({ length: 50 }, (_, i) => finding({ id: `f-${i}`, pod: `p${i}`, firstSeen: T(0), lastSeen: T(10), severity: i === 7 ? 'critical' : 'error' }));
    fs.push(finding({ id: 'f-late', pod: 'late', firstSeen: T(120), lastSeen: T(120) }));
    const tl = buildTimeline(fs, [], null, titles);
    expect(tl.findings).toHaveLength(2);
    const big = tl.findings.find((m) => m.count === 50)!;
    expect(big.sev).toBe('critical');
    expect(big.title).toMatch(/^50× /);
  });

  it('overlapping bars go to separate rows, at most three, and the lane grows with them', () => {
    const one = buildTimeline([finding({ id: 'a', firstSeen: T(0), lastSeen: T(60) })], [], null, titles);
    const fs = ['a', 'b', 'c', 'd', 'e'].map((id, i) => finding({ id, pod: id, firstSeen: T(i), lastSeen: T(60 + i * 7) }));
    const tl = buildTimeline(fs, [], null, titles);
    const rows = new Set(tl.findings.map((m) => m.cy));
    expect(rows.size).toBe(3);
    expect(tl.lanes[0]!.h).toBeCloseTo(one.lanes[0]!.h + 2 * TL.row, 5);
  });

  it('draws signals on their node lane and the collection time when it is near', () => {
    const sig = { id: 's-1', type: 'node.disk-full', node: 'node-x', count: 3, firstSeen: T(5), lastSeen: T(50), evidence: [] };
    const tl = buildTimeline([finding({ id: 'f-1', node: 'node-1', firstSeen: T(0), lastSeen: T(20) })], [sig], T(70), titles);
    expect(tl.lanes.map((l) => l.full)).toEqual(['node-1', 'node-x']);
    expect(tl.signals).toHaveLength(1);
    expect(tl.signals[0]!.href).toBe('s-1');
    expect(tl.signals[0]!.title).toContain('node.disk-full ×3');
    expect(tl.collected).not.toBeNull();
    expect(tl.collected!.x).toBeGreaterThan(tl.signals[0]!.x + tl.signals[0]!.w);
    // Collected a month later: not drawn, so the events are not squashed.
    expect(buildTimeline([finding({ id: 'f-1', firstSeen: T(0), lastSeen: T(20) })], [], T(60 * 24 * 30), titles).collected).toBeNull();
  });

  it('keeps the busiest lanes when there are too many nodes', () => {
    const fs = Array.from({ length: 10 }, (_, i) => finding({ id: `f-${i}`, pod: `p${i}`, node: `n${i}`, firstSeen: T(i), lastSeen: T(i) }));
    fs.push(finding({ id: 'f-x', pod: 'px', node: 'n3', firstSeen: T(3), lastSeen: T(4) }));
    const tl = buildTimeline(fs, [], null, titles, { timelineLanes: 4 });
    expect(tl.lanes).toHaveLength(4);
    expect(tl.hiddenLanes).toBe(6);
    expect(tl.lanes.map((l) => l.full)).toContain('n3');
  });

  it('is empty when nothing has a time', () => {
    const tl = buildTimeline([finding({ id: 'f-1' })], [], '2025-01-01T00:00:00Z', titles);
    expect(tl.empty).toBe(true);
    expect(tl.untimed).toBe(1);
  });

  it('axis ticks use round steps and label by the span', () => {
    const lo = Date.parse('2025-01-01T10:00:00Z');
    const hour = timeTicks(lo, lo + 3_600_000);
    expect(hour.map((t) => t.label)).toEqual(['10:00', '10:10', '10:20', '10:30', '10:40', '10:50', '11:00']);
    const days = timeTicks(lo, lo + 5 * 86_400_000);
    expect(days[0]!.label).toBe('2025-01-02');
    const secs = timeTicks(lo, lo + 30_000);
    expect(secs[0]!.label).toBe('10:00:00');
    const overMidnight = timeTicks(Date.parse('2025-01-01T23:00:00Z'), Date.parse('2025-01-02T01:00:00Z'));
    expect(overMidnight.at(-1)!.label).toBe('01-02 01:00');
    expect(hour.length).toBeLessThanOrEqual(7);
  });
});

describe('formatting and labels', () => {
  it('times and sizes', () => {
    expect(formatTime('2023-07-11T04:43:25Z')).toBe('2023-07-11 04:43:25Z');
    expect(formatTime('2023-07-11T04:43:25.120Z')).toBe('2023-07-11 04:43:25.120Z');
    expect(formatTime('not a time')).toBe('not a time');
    expect(formatTime(null)).toBeNull();
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(734_003_200)).toBe('700 MiB');
  });

  it('both languages have the same label keys, none empty', () => {
    expect(Object.keys(LABELS.zh).sort()).toEqual(Object.keys(LABELS.en).sort());
    for (const l of [LABELS.en, LABELS.zh]) for (const v of Object.values(l)) expect(v.trim()).not.toBe('');
  });

  it('the language-switch data carries only the ids in the report, in both languages', () => {
    const v = buildHtmlView(syntheticReport({ findings: 3, nodes: 2 }).report, ctx);
    expect(Object.keys(v.i18n.reasons.en).sort()).toEqual(['CrashLoopBackOff', 'CreatePodSandboxError', 'ImagePullBackOff', 'SetupNetworkError'].filter((r) => r in ctx.texts!.en.reasons).sort());
    expect(v.i18n.reasons.zh['CrashLoopBackOff']).toBe('CrashLoopBackOff 的标题');
    expect(v.i18n.signals.zh['cni.ip-exhausted']).toBe('Pod IP 地址池耗尽');
    expect(v.i18n.causes.en['node.disk-full']).toBeDefined();
  });

  it('without knowledge texts for the other language the report still renders its own', () => {
    const bare = { ...ctx, texts: undefined };
    const v = buildHtmlView(reportOf([finding({ id: 'f-1' })]), bare);
    expect(v.groups[0]!.reasonTitle).toBe('Title of CrashLoopBackOff');
    expect(v.i18n.reasons.zh).toEqual({});
    expect(v.i18n.causes.en['app.exit-error']).toBe('The app exits with an error.');
  });

  it('names the document after the first input', () => {
    expect(buildHtmlView(reportOf([], { inputs: [{ path: '/tmp/x/bundle.tgz', layouts: [], files: 1, bytes: 1 }] }), ctx).titleInput).toBe('bundle.tgz');
    expect(buildHtmlView(reportOf([], { inputs: [{ path: 'dir/', layouts: [], files: 1, bytes: 1 }, { path: 'b', layouts: [], files: 1, bytes: 1 }] }), ctx).titleInput).toBe('dir +1');
  });

  it('caps the unrecognised files and gaps of the appendix with a count of the rest', () => {
    const files = Array.from({ length: 130 }, (_, i) => `f${i}`);
    const v = buildHtmlView(reportOf([]), { ...ctx, unrecognised: files });
    expect(v.appendix.unrecognised).toHaveLength(100);
    expect(v.appendix.unrecognisedMore).toBe(30);
  });
});

describe('verdict with a cluster-wide pattern', () => {
  it('leads with the pattern sentence in each language', async () => {
    const { withPattern } = await import('../../src/render/html-view.js');
    const { reportOf } = await import('../browser/synthetic.js');
    const report = reportOf([], { patterns: [{ id: 'p-1', scope: 'node', subject: 'node-b', cause: 'cni.ip-exhausted', signal: 'cni.ip-exhausted', pods: 2, findings: [], summary: '2 pods on node node-b fail' }] });
    const v = withPattern([{ text: 'rest' }], { 'p-1': '节点 node-b 上有 2 个 Pod 失败' }, report, 'zh');
    expect(v[0]).toEqual({ text: '节点 node-b 上有 2 个 Pod 失败', strong: true });
    expect(v.at(-1)).toEqual({ text: 'rest' });
    expect(withPattern([{ text: 'rest' }], undefined, reportOf([]), 'en')).toEqual([{ text: 'rest' }]);
  });
});

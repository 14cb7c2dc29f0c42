/**
 * The line gate decides which node log lines are looked at at all: it must let through every line a
 * pattern of the knowledge base matches (on the raw line, however the runtime escaped it) and stop
 * the routine lines that merely share a word with a pattern.
 */
import { describe, expect, it } from 'vitest';
import { anchorOf, LineGate, rawPieces } from '../../src/detect/line-gate.js';
import { LineMatcher } from '../../src/detect/line-matcher.js';
import { requiredRuns } from '../../src/detect/literals.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import { causeCases } from '../knowledge/cases/causes.js';
import { reasonCases } from '../knowledge/cases/reasons.js';
import { signalCases } from '../knowledge/cases/signals.js';

const kb = loadKnowledgeBase();
const matcher = new LineMatcher(kb);
const gate = matcher.rawGate()!;
const LOG_PLACES = new Set(['kubelet', 'containerd', 'crio', 'cni', 'dmesg', 'disk']);

/** The line as containerd's journal prints it: a logfmt msg, quotes and backslashes escaped. */
const asContainerdJournal = (msg: string) =>
  `Mar 14 08:50:00 node-b containerd[812]: time="2026-03-14T08:50:00.000000000Z" level=error msg="${msg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const asKubeletJournal = (msg: string) => `Mar 14 08:50:00 node-b kubelet[900]: E0314 08:50:00.000000     900 pod_workers.go:1301] ${msg}`;

describe('requiredRuns', () => {
  it.each([
    ['RunPodSandbox for [^\\n]{1,600}? failed, error', 'runpodsandbox for', [['runpodsandbox for ', ' failed, error', 'runpodsandbox for']]],
    ['no space left on device', null, [['no space left on device']]],
    ['Memory cgroup out of memory|Out of memory: Killed process', null, [['memory cgroup out of memory'], ['out of memory: killed process']]],
    // an optional or grouped part is not required
    ['back-off (?:\\d[0-9hms.]{0,12} )?restarting failed container', null, [['back-off ', 'restarting failed container']]],
    // an alternative without a run of four characters: the pattern cannot be gated
    ['OOM|x{2}', null, null],
  ])('%s', (source, declared, want) => {
    expect(requiredRuns(source, declared)).toEqual(want);
  });
});

describe('rawPieces', () => {
  it.each([
    ['failed, error', ['failed, error']],
    ['startcontainer for "', ['startcontainer for ']],
    ['x"ab"longer piece', ['longer piece']],
    ['pod «é» here', ['pod ', ' here']],
  ])('%s', (run, want) => expect(rawPieces(run)).toEqual(want));
});

describe('anchorOf', () => {
  it.each([
    // the routine operation is longer, the outcome is the rare part
    [['runpodsandbox for ', ' failed, error'], ' failed, error'],
    [['apparmor=', 'denied'], 'denied'],
    // without a word of trouble, the longest piece
    [['pleg is not healthy'], 'pleg is not healthy'],
    [['cgroup ', 'memory cgroup out of '], 'memory cgroup out of '],
  ])('%j -> %s', (pieces, want) => expect(anchorOf(pieces)).toBe(want));
});

describe('LineGate on its own', () => {
  const g = LineGate.of([['runpodsandbox for ', ' failed, error'], ['pleg is not healthy']])!;
  it.each([
    ['RunPodSandbox for &PodSandboxMetadata{Name:cart-1,Uid:9f2,Namespace:shop,Attempt:0,} failed, error', true],
    ['Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m7.6s ago', true],
    // the anchor alone is not enough: the rest of its alternative must be on the same line
    ['RunPodSandbox for &PodSandboxMetadata{Name:cart-1,Uid:9f2,Namespace:shop,Attempt:0,} returns sandbox id \\"8e2f\\"', false],
    ['RunPodSandbox for &PodSandboxMetadata{Name:cart-1}\nfailed, error on the next line', false],
    ['all is well', false],
  ])('%s -> %s', (text, want) => expect(g.test(text)).toBe(want));

  it('finds the hit line among many, and only it', () => {
    const text = ['RunPodSandbox for a returns sandbox id', 'x failed, error', 'RunPodSandbox for b failed, error', 'tail'].join('\n');
    const buf = Buffer.from(text);
    const hit = g.scan(buf, 0, buf.length);
    const lineOfHit = text.slice(0, hit).split('\n').length;
    expect(lineOfHit).toBe(3);
    expect(g.scan(buf, text.indexOf('tail'), buf.length)).toBe(-1);
  });

  it('is null when an alternative has nothing to search for', () => {
    expect(LineGate.of([['oom'], ['"\\']])).toBeNull();
  });
});

describe('the knowledge base gate lets through every real line a pattern matches', () => {
  const lines: { name: string; place: string; text: string }[] = [
    ...signalCases.flatMap((c) => ('text' in c && LOG_PLACES.has(c.place) ? [{ name: c.name, place: c.place, text: c.text }] : [])),
    ...reasonCases.filter((c) => c.via === 'message' && LOG_PLACES.has(c.place)).map((c) => ({ name: c.name, place: c.place, text: c.text })),
    ...causeCases.flatMap((c) => c.texts.filter((t) => LOG_PLACES.has(t.place)).map((t) => ({ name: c.name, place: t.place, text: t.text }))),
  ];
  const matched = lines.filter((l) => {
    const v = matcher.match(l.text, l.place);
    return v.signals.length > 0 || v.podRelevant;
  });

  it('has real lines to check', () => {
    expect(matched.length).toBeGreaterThan(60);
  });
  it.each(matched.map((l) => [`${l.place}: ${l.name}`, l] as const))('%s', (_, l) => {
    expect(gate.test(l.text)).toBe(true);
    if (l.place !== 'dmesg' && l.place !== 'disk') {
      expect(gate.test(asContainerdJournal(l.text))).toBe(true);
      expect(gate.test(asKubeletJournal(l.text))).toBe(true);
    }
  });
});

describe('the knowledge base gate stops routine lines', () => {
  // Routine lines as the runtimes print them; each shares a word with some pattern.
  it.each([
    // containerd pkg/cri/server/sandbox_run.go: "RunPodSandbox for %+v returns sandbox id %q"
    asContainerdJournal('RunPodSandbox for &PodSandboxMetadata{Name:web-1,Uid:4f7c,Namespace:shop,Attempt:0,} returns sandbox id "9f2c1e"'),
    // containerd pkg/cri/server/sandbox_stop.go: "StopPodSandbox for %q returns successfully"
    asContainerdJournal('StopPodSandbox for "9f2c1e" returns successfully'),
    // containerd pkg/cri/server/sandbox_stop.go: "TearDown network for sandbox %q successfully"
    asContainerdJournal('TearDown network for sandbox "9f2c1e" successfully'),
    // kubelet, a started container (messages.md §4 shapes)
    'Mar 14 08:50:00 node-b kubelet[900]: I0314 08:50:00.000000     900 kubelet.go:2400] "SyncLoop ADD" source="api" pods=["shop/web-1"]',
    // kernel: AppArmor loading a profile is not a denial
    '[   12.345678] audit: type=1400 audit(1710406200.123:2): apparmor="STATUS" operation="profile_load" profile="unconfined" name="cri-containerd.apparmor.d" pid=812 comm="apparmor_parser"',
  ])('%s', (line) => {
    expect(gate.test(line)).toBe(false);
  });
});

/**
 * The line matcher keeps the lines a node signal or a pod rule needs and drops the rest; the
 * literal gate must never drop a line a pattern would have matched.
 */
import { describe, expect, it } from 'vitest';
import { LineMatcher, podOfLine } from '../../src/detect/line-matcher.js';
import { loadKnowledgeBase, patternMatches } from '../../src/explain/knowledge-base.js';

const kb = loadKnowledgeBase();
const matcher = new LineMatcher(kb);

describe('LineMatcher', () => {
  it.each([
    // messages.md §2.11, §2.12, §2.19, §2.22, §2.23
    ['containerd', 'failed to extract layer sha256:9c1f: write /var/lib/containerd/x: no space left on device: unknown', ['node.disk-full']],
    ['dmesg', 'Memory cgroup out of memory: Killed process 4242 (java) total-vm:4194304kB, anon-rss:1048576kB', ['node.oom-kill']],
    ['containerd', 'failed to setup network for sandbox "8e2f": plugin type="calico" failed (add): failed to allocate for range 0: no IP addresses available in range set: 10.244.1.1-10.244.1.254', ['cni.ip-exhausted']],
    ['kubelet', 'Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m7.6s ago; threshold is 3m0s"', ['runtime.unresponsive']],
    ['dmesg', 'EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2: comm kubelet: reading directory lblock 0', ['kernel.fs-error']],
  ])('%s: %s', (kind, line, signals) => {
    expect(matcher.match(line, kind).signals).toEqual(expect.arrayContaining(signals));
  });

  it.each([
    ['kubelet', '"SyncLoop (PLEG): event for pod" pod="shop/web-1" event={"ID":"abc","Type":"ContainerStarted"}'],
    ['containerd', 'level=info msg="StartContainer for \\"3f1a\\" returns successfully"'],
    ['dmesg', 'IPv6: ADDRCONF(NETDEV_CHANGE): cali0e4b7d9f2a1: link becomes ready'],
    ['kubelet', '"Skipping pod synchronization" err="PLEG is not healthy: pleg has yet to be successful"'],
  ])('routine %s line shows no signal: %s', (kind, line) => {
    expect(matcher.match(line, kind).signals).toEqual([]);
  });

  it('the gate drops no line that a pattern matches (every signal pattern, on text built from its own literal)', () => {
    let checked = 0;
    for (const s of kb.signals.values()) {
      for (const p of s.compiledPatterns) {
        for (const kind of (p.in ? [...p.in] : ['kubelet']).filter((k) => ['kubelet', 'containerd', 'crio', 'cni', 'dmesg', 'disk'].includes(k))) {
          // the literal itself, in a line: if the full regex matches that line, the matcher must too
          const line = `x ${p.literal ?? ''} y`;
          if (!patternMatches(p, line, line.toLowerCase(), kind)) continue;
          checked++;
          expect(matcher.match(line, kind).signals).toContain(s.id);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each([
    ['E0314 08:52:10.123 2992 pod_workers.go:1301] "Error syncing pod, skipping" err="x" pod="shop/web-7d9c-abcde" podUID="u"', { namespace: 'shop', pod: 'web-7d9c-abcde' }],
    ['RunPodSandbox for &PodSandboxMetadata{Name:cart-1,Uid:9f2,Namespace:shop,Attempt:0,} failed, error', { namespace: 'shop', pod: 'cart-1' }],
    ['Error syncing pod 1234 ("web-1_shop(1234)"), skipping', null],
    ['no pod here', null],
  ])('podOfLine: %s', (line, expected) => expect(podOfLine(line)).toEqual(expected));
});

describe('LineMatcher.mayMatch (the gate before parsing)', () => {
  it('lets through a line holding a literal, stops a routine one', () => {
    expect(matcher.mayMatch('Mar 14 08:50:00 node-b containerd[812]: time="x" level=error msg="write /var/lib/x: no space left on device"')).toBe(true);
    expect(matcher.mayMatch('Mar 14 08:50:00 node-b kubelet[900]: I0314 08:50:00.000000 900 kubelet.go:2400] "SyncLoop ADD" source="api" pods=["shop/web-1"]')).toBe(false);
  });
  it('finds a literal whose quotes are escaped on the raw line', () => {
    expect(matcher.mayMatch('level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:x} failed, error" error="failed to setup network for sandbox \\"8e2f\\": plugin type=\\"calico\\" failed (add)"')).toBe(true);
  });
});

/**
 * Image references (src/detect/image-ref.ts): the parts of a reference, the exact rule a malformed
 * one breaks, the tag probably meant when a tag is a typo; and, end to end, the remediation step
 * these give a finding (src/explain/hints.ts, src/knowledge/hints.yaml).
 */
import { describe, expect, it } from 'vitest';
import { editDistance, imageRefFacts, invalidReferenceRule, parseImageRef, suggestTagFix } from '../../src/detect/image-ref.js';
import { detectPodFindings } from '../../src/detect/pod-findings.js';
import { buildReport } from '../../src/explain/build-report.js';
import { hintSteps, loadHints } from '../../src/explain/hints.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import { NodeEvidence } from '../../src/model/node-evidence.js';
import type { BundleModel, ContainerInfo, EventInfo, PodInfo } from '../../src/model/types.js';

const HEX64 = 'b'.repeat(64);

describe('parseImageRef: registry host, repository path, tag, digest', () => {
  const cases: [string, { registry: string | null; repository: string; tag: string | null; digest: string | null }][] = [
    ['nginx', { registry: null, repository: 'nginx', tag: null, digest: null }],
    ['nginx:1.27-alpine', { registry: null, repository: 'nginx', tag: '1.27-alpine', digest: null }],
    ['library/nginx:latest', { registry: null, repository: 'library/nginx', tag: 'latest', digest: null }],
    ['registry.example.com/shop/web:1.4.2-latset', { registry: 'registry.example.com', repository: 'shop/web', tag: '1.4.2-latset', digest: null }],
    // a port is part of the host, not a tag
    ['private-registry.com:5000/crdb:v24.1.2', { registry: 'private-registry.com:5000', repository: 'crdb', tag: 'v24.1.2', digest: null }],
    ['localhost/app', { registry: 'localhost', repository: 'app', tag: null, digest: null }],
    ['[::1]:5000/foo/bar:1', { registry: '[::1]:5000', repository: 'foo/bar', tag: '1', digest: null }],
    // messages.md §1 CreatePodSandboxError (kops#16762): tag and digest together
    ['123456789101.dkr.ecr.ap-southeast-2.amazonaws.com/k8s-example/pause:3.9@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097',
      { registry: '123456789101.dkr.ecr.ap-southeast-2.amazonaws.com', repository: 'k8s-example/pause', tag: '3.9', digest: 'sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097' }],
    [`index.docker.io/jaegertracing/all-in-one@sha256:${HEX64}`, { registry: 'index.docker.io', repository: 'jaegertracing/all-in-one', tag: null, digest: `sha256:${HEX64}` }],
    // separators of the grammar: ".", "_", "__", any run of "-"
    ['quay.io/biocontainers/mimodd:0.1.9--py36_0', { registry: 'quay.io', repository: 'biocontainers/mimodd', tag: '0.1.9--py36_0', digest: null }],
    ['a/b__c/d--e.f_g', { registry: null, repository: 'a/b__c/d--e.f_g', tag: null, digest: null }],
    // "localhost:5000" alone is the repository "localhost" with tag "5000", as the reference library reads it
    ['localhost:5000', { registry: null, repository: 'localhost', tag: '5000', digest: null }],
    // an upper-case first part is taken as a host (docker's splitDockerDomain)
    ['Shop/web', { registry: 'Shop', repository: 'web', tag: null, digest: null }],
    // the longest tag allowed
    [`x:${'a'.repeat(128)}`, { registry: null, repository: 'x', tag: 'a'.repeat(128), digest: null }],
  ];
  it.each(cases)('%s', (ref, want) => {
    expect(parseImageRef(ref)).toEqual(want);
    expect(invalidReferenceRule(ref)).toBeNull();
  });
});

describe('invalidReferenceRule: the exact rule a malformed reference breaks', () => {
  const cases: [string, string][] = [
    ['Registry.Example.com/Shop/Web:1.0', "repository name must be lowercase: 'Shop/Web'"],
    // messages.md §1 InvalidImageName (galaxy#9733, renku#281, rules_docker#1648)
    ['quay.io/biocontainers/MiModD:0.1.9--py36_0', "repository name must be lowercase: 'biocontainers/MiModD'"],
    ['registry.internal.renku.ch/GaRaLi/renku-challenge:e75f5d6', "repository name must be lowercase: 'GaRaLi/renku-challenge'"],
    ['bazel/MyImage:tag', "repository name must be lowercase: 'bazel/MyImage'"],
    // with no dot the upper-case first part is taken as a host; the message names what the user wrote
    ['Shop/Web:1.0', "repository name must be lowercase: 'Shop/Web'"],
    ['shop/web:1.0!', "tag contains an illegal character '!'"],
    ['shop/web:v1.0+build', "tag contains an illegal character '+'"],
    [`shop/web:${'a'.repeat(129)}`, 'tag longer than 128 characters'],
    ['shop/web:', "empty tag after ':'"],
    ['shop/web:-rc1', "tag must start with a letter, digit or underscore: '-rc1'"],
    ['shop/web@sha256:1234', "invalid digest 'sha256:1234': sha256 needs 64 lower-case hex characters"],
    [`shop/web@sha256:${'A'.repeat(64)}`, `invalid digest 'sha256:${'A'.repeat(64)}': sha256 needs 64 lower-case hex characters`],
    [`shop/web@md5:${'a'.repeat(32)}`, `invalid digest 'md5:${'a'.repeat(32)}': unsupported algorithm 'md5'`],
    ['shop/web@', "empty digest after '@'"],
    [`shop/web@${HEX64}`, `invalid digest '${HEX64}': it needs an algorithm and a hex value, as in 'sha256:<64 hex characters>'`],
    ['', 'empty reference'],
    ['https://registry.example.com/shop/web:1.0', "a reference has no scheme: remove 'https://'"],
    ['registry.example.com/', 'empty repository name'],
    ['shop//web', "empty path component in repository 'shop//web'"],
    ['shop/-web', "repository path component '-web' must start with a lower-case letter or digit"],
    ['shop/web_', "repository path component 'web_' must end with a lower-case letter or digit"],
    ['shop/we..b', "repository path component 'we..b' has an illegal separator '..'"],
    ['shop/we___b', "repository path component 'we___b' has an illegal separator '___'"],
    ['shop/we b:1.0', "repository name contains an illegal character ' '"],
    ['shop/we\u0007b', "repository name contains an illegal character '\\u0007'"],
    ['reg_istry.example.com/shop/web', "invalid registry host 'reg_istry.example.com'"],
    ['registry.example.com:https/shop/web', "registry port must be a number: 'https'"],
    ['registry.example.com:/shop/web', "empty registry port after 'registry.example.com:'"],
    [HEX64, 'repository name cannot be a 64-character hexadecimal string (that is an image id)'],
    [`registry.example.com/${'a'.repeat(240)}`, 'repository name must not be more than 255 characters'],
  ];
  it.each(cases)('%s', (ref, rule) => {
    expect(invalidReferenceRule(ref)).toBe(rule);
    expect(parseImageRef(ref)).toBeNull();
  });
});

describe('suggestTagFix: the tag probably meant', () => {
  const fixes: [string, string][] = [
    ['registry.example.com/shop/web:1.4.2-latset', '1.4.2-latest'],
    ['shop/web:lastest', 'latest'],
    ['shop/web:latets', 'latest'],
    ['shop/web:stabel', 'stable'],
    ['shop/web:mian', 'main'],
    ['shop/web:mastr', 'master'],
    ['shop/web:2.1-relase', '2.1-release'],
    ['node:20-alpien', '20-alpine'],
    ['python:3.12-slm', '3.12-slim'],
    ['debian:bookwrom', 'bookworm'],
    ['python:3.11-bulseye', '3.11-bullseye'],
    ['ubuntu:jamy', 'jammy'],
    ['ubuntu:focla', 'focal'],
    ['node:lst', 'lts'],
    // two edits are allowed for long words
    ['shop/web:ltaset', 'latest'],
    ['debian:bokwrom', 'bookworm'],
  ];
  it.each(fixes)('%s -> %s', (ref, want) => {
    expect(suggestTagFix(ref)).toBe(want);
  });

  const none: [string, string][] = [
    ['exact word', 'shop/web:latest'],
    ['exact words joined', 'node:20-alpine'],
    ['version number', 'shop/web:1.4.2'],
    ['v-prefixed version', 'shop/web:v24.1.2'],
    ['commit hash', 'us.gcr.io/kubernetes-dev/frontend-monitoring:6a8eb5a'],
    ['no tag', 'shop/web'],
    ['digest only', `shop/web@sha256:${HEX64}`],
    ['a real word near focal', 'shop/web:local'],
    ['windows ltsc tag', 'mcr.microsoft.com/windows/servercore:ltsc2022'],
    ['capitals are a convention (minio RELEASE.x)', 'minio/minio:RELEASE.2024-01-01T00-00-00Z'],
    ['short word, two edits', 'shop/web:test'],
    ['five letters, two edits', 'shop/web:final'],
    ['staging', 'shop/web:stage'],
    ['too far from every word', 'shop/web:nightly'],
    ['invalid tag', 'shop/web:latset!'],
    ['as near latest as master: no guess', 'shop/web:lastet'],
  ];
  it.each(none)('none for %s (%s)', (_, ref) => {
    expect(suggestTagFix(ref)).toBeNull();
  });

  it('edit distance counts a transposition as one edit', () => {
    expect(editDistance('latset', 'latest')).toBe(1);
    expect(editDistance('lastest', 'latest')).toBe(1);
    expect(editDistance('latest', 'latest')).toBe(0);
    expect(editDistance('', 'lts')).toBe(3);
  });
});

describe('imageRefFacts: only for the causes and reasons they explain', () => {
  it('image.not-found with a typo gives the suggestion; another cause does not', () => {
    expect(imageRefFacts('shop/web:latset', ['ImagePullBackOff'], 'image.not-found')).toEqual({ tagSuggestion: 'latest' });
    expect(imageRefFacts('shop/web:latset', ['ImagePullBackOff'], 'registry.auth')).toEqual({});
    expect(imageRefFacts('shop/web:latest', ['ImagePullBackOff'], 'image.not-found')).toEqual({});
  });
  it('InvalidImageName gives the broken rule; a valid reference gives none', () => {
    expect(imageRefFacts('Shop/Web:1.0', ['InvalidImageName'], 'image.reference-invalid')).toEqual({ referenceRule: "repository name must be lowercase: 'Shop/Web'" });
    expect(imageRefFacts('shop/web:1.0', ['InvalidImageName'], 'unknown')).toEqual({});
  });
});

// ---- end to end: pod -> finding facts -> the first remediation step ----

const kb = loadKnowledgeBase();
let line = 1;
const OWNER = { kind: 'Deployment', name: 'web' };

function pod(name: string, c: Partial<ContainerInfo>): PodInfo {
  return {
    namespace: 'shop', name, phase: 'Pending', nodeName: 'node-1', conditions: [], initContainers: [], owner: OWNER,
    containers: [{ name: 'web', init: false, ready: false, restartCount: 0, state: { state: 'waiting' }, ...c }],
    ref: { file: 'pods/shop.json', line: line++ },
  };
}
function event(podName: string, reason: string, message: string): EventInfo {
  return { namespace: 'shop', involved: { kind: 'Pod', name: podName, fieldPath: 'spec.containers{web}' }, reason, message, type: 'Warning', count: 4, firstSeen: '2026-03-14T08:30:00Z', lastSeen: '2026-03-14T09:00:00Z', ref: { file: 'events/shop.json', line: line++ } };
}
function model(pods: PodInfo[], events: EventInfo[]): BundleModel {
  return { inputs: [], collectedAt: '2026-03-14T09:12:44Z', pods, events, nodes: [], controllers: [], containerLogs: [], gaps: [], unrecognised: [], podsCollected: true, nodeEvidence: new NodeEvidence() };
}
function report(pods: PodInfo[], events: EventInfo[], lang: 'en' | 'zh') {
  const m = model(pods, events);
  return buildReport(m, detectPodFindings(m, kb), [], kb, { lang, redact: true, version: 'test' }).report;
}

describe('end to end: the finding names the fix first', () => {
  const image = 'registry.example.com/shop/web:1.4.2-latset';
  const notFound = pod('web-7d9f8-abcde', { image, state: { state: 'waiting', reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } });
  // messages.md §2.1 (containerd): 'failed to resolve reference "<ref>": <ref>: not found'
  const notFoundEvents = [event('web-7d9f8-abcde', 'Failed', `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`)];

  it('ImagePullBackOff on a typo tag: the first step names the tag meant', () => {
    const m = model([notFound], notFoundEvents);
    const [f] = detectPodFindings(m, kb);
    expect(f!.cause.id).toBe('image.not-found');
    expect(f!.facts.tagSuggestion).toBe('1.4.2-latest');
    const en = report([notFound], notFoundEvents, 'en').findings[0]!;
    expect(en.remediation[0]).toBe("The tag '1.4.2-latset' looks like a typo of '1.4.2-latest': fix the image reference in the deployment/web spec.");
    const zh = report([notFound], notFoundEvents, 'zh').findings[0]!;
    expect(zh.remediation[0]).toContain('1.4.2-latest');
    expect(zh.remediation[0]).toMatch(/[\u4e00-\u9fff]/);
    // the cause's own steps follow
    expect(en.remediation[1]).toBe(kb.causes.get('image.not-found')!.remediation.en[0]!.replace('{{namespace}}', 'shop').replace('{{pod}}', 'web-7d9f8-abcde'));
  });

  it('the same pod with an exact tag gets no such step', () => {
    const ok = 'registry.example.com/shop/web:1.4.2';
    const p = pod('web-2', { image: ok, state: { state: 'waiting', reason: 'ImagePullBackOff', message: `Back-off pulling image "${ok}"` } });
    const ev = [event('web-2', 'Failed', `Failed to pull image "${ok}": rpc error: code = NotFound desc = failed to pull and unpack image "${ok}": failed to resolve reference "${ok}": ${ok}: not found`)];
    const f = report([p], ev, 'en').findings[0]!;
    expect(f.cause.id).toBe('image.not-found');
    expect(f.remediation.some((s) => s.includes('looks like a typo'))).toBe(false);
  });

  it('a typo tag whose cause is not image.not-found (auth) gets no suggestion', () => {
    const p = pod('web-3', { image, state: { state: 'waiting', reason: 'ErrImagePull' } });
    // messages.md §2.3 (containerd, kops#16762): "authorization failed: no basic auth credentials"
    const ev = [event('web-3', 'Failed', `Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials`)];
    const f = report([p], ev, 'en').findings[0]!;
    expect(f.cause.id).toBe('registry.auth');
    expect(f.remediation.some((s) => s.includes('looks like a typo'))).toBe(false);
  });

  it('InvalidImageName: the first step names the broken rule', () => {
    const bad = 'Registry.Example.com/Shop/Web:1.0';
    // messages.md §1 InvalidImageName, §2.2: the status message of the waiting state
    const p = pod('web-4', { image: bad, state: { state: 'waiting', reason: 'InvalidImageName', message: `Failed to apply default image tag "${bad}": couldn't parse image reference "${bad}": invalid reference format: repository name must be lowercase` } });
    const [f] = detectPodFindings(model([p], []), kb);
    expect(f!.reason).toBe('InvalidImageName');
    expect(f!.cause.id).toBe('image.reference-invalid');
    expect(f!.facts.referenceRule).toBe("repository name must be lowercase: 'Shop/Web'");
    const en = report([p], [], 'en').findings[0]!;
    expect(en.remediation[0]).toBe("The image reference 'Registry.Example.com/Shop/Web:1.0' is not valid: repository name must be lowercase: 'Shop/Web'. Fix it in the deployment/web spec.");
    const zh = report([p], [], 'zh').findings[0]!;
    expect(zh.remediation[0]).toContain("repository name must be lowercase: 'Shop/Web'");
  });

  it('with no owner the pod is named; hostile characters from the bundle stay inert', () => {
    const hostile = 'shop/we`rm -rf`b:{{namespace}}';
    const f = { ...detectPodFindings(model([pod('web-5', { image: hostile, state: { state: 'waiting', reason: 'InvalidImageName', message: 'invalid reference format' } })], []), kb)[0]!, owner: null };
    expect(f.facts.referenceRule).toBe("repository name contains an illegal character '`'");
    const [step] = hintSteps(f, 'en');
    expect(step).not.toMatch(/[`]/);
    expect(step).not.toContain('{{namespace}}');
    expect(step).toContain('pod/{{pod}}');
  });

  it('hints.yaml has every hint in both languages', () => {
    const h = loadHints();
    for (const id of ['tagTypo', 'referenceRule'] as const) {
      expect(h[id].en.length).toBeGreaterThan(0);
      expect(h[id].zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

/**
 * The labelled pod fixtures of troubleshoot's analyzer tests (test/fixtures/real/ORIGIN.md), with
 * the reason and cause EXPECTED.md gives for each.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/analyze/read-bundle.js';
import { detectPodFindings } from '../../src/detect/pod-findings.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';

const DIR = join(__dirname, '../fixtures/real/troubleshoot-pod-files');
const kb = loadKnowledgeBase();

async function findingsOf(files: string[]) {
  const model = await readBundle(files.map((f) => join(DIR, f)));
  return { model, findings: detectPodFindings(model, kb) };
}

describe('troubleshoot pod fixtures (EXPECTED.md)', () => {
  const cases: { file: string; events?: string; reason: string; cause: string; container: string | null; related?: string[] }[] = [
    { file: 'message-image-pull-fail.json', events: 'message-image-pull-fail.json', reason: 'ErrImagePull', cause: 'registry.tls', container: 'demo-deployment-container' },
    { file: 'message-image-pull-fail.json', reason: 'ErrImagePull', cause: 'registry.tls', container: 'demo-deployment-container' },
    { file: 'message-oomkill-pod.json', reason: 'OOMKilled', cause: 'resources.oom-killed', container: 'memory-eater' },
    { file: 'message-pod-crashloop-backoff.json', reason: 'CrashLoopBackOff', cause: 'container.command-not-found', container: 'nginx', related: ['RunContainerError'] },
    { file: 'message-pod-init-crashloop-backoff.json', reason: 'RunInitContainerError', cause: 'container.command-not-found', container: 'install' },
    { file: 'message-container-creating-failed-mount.json', events: 'message-container-creating-failed-mount.json', reason: 'FailedMount', cause: 'container.mount-failed', container: null },
    { file: 'message-pending-node-affinity.json', reason: 'FailedScheduling', cause: 'scheduling.unschedulable', container: null },
    { file: 'message-pending-pod-resources.json', reason: 'FailedScheduling', cause: 'scheduling.unschedulable', container: null },
  ];
  it.each(cases)('$file (events: $events) -> $reason / $cause', async ({ file, events, reason, cause, container, related }) => {
    const { model, findings } = await findingsOf([`pods/${file}`, ...(events ? [`events/${events}`] : [])]);
    const podName = model.pods[0]!.name;
    const mine = findings.filter((f) => f.pod === podName);
    expect(mine).toHaveLength(1);
    const f = mine[0]!;
    expect(f.reason).toBe(reason);
    expect(f.cause.id).toBe(cause);
    expect(f.container).toBe(container);
    for (const r of related ?? []) expect(f.relatedReasons).toContain(r);
    // every finding cites lines of the input
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const e of f.evidence) expect(e.line).toBeGreaterThan(0);
  });

  it.each(['default.json', 'other.json'])('%s is healthy: no finding', async (file) => {
    const { model, findings } = await findingsOf([`pods/${file}`]);
    expect(model.pods).toHaveLength(1);
    expect(findings).toEqual([]);
  });

  it.each(['default-unhealthy.json', 'other-unhealthy.json'])('%s (invalid phase) is flagged with cause unknown', async (file) => {
    const { findings } = await findingsOf([`pods/${file}`]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.cause.id).toBe('unknown');
    expect(findings[0]!.cause.confidence).toBe(0);
  });

  it('nodes.json: seven Ready nodes, nothing flagged', async () => {
    const { model, findings } = await findingsOf(['nodes.json']);
    expect(model.nodes).toHaveLength(7);
    expect(findings).toEqual([]);
  });

  it('the OOM pod resolves its owner to the Job', async () => {
    const { findings } = await findingsOf(['pods/message-oomkill-pod.json']);
    expect(findings[0]!.owner).toEqual({ kind: 'Job', name: 'oom-kill-job3' });
  });
});

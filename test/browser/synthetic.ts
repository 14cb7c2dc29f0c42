/**
 * Synthetic reports for the renderer's tests: any number of findings spread over nodes, owners and
 * reasons, with evidence, remediation, signals and gaps shaped like the real ones.
 */
import type { Evidence, Severity } from '../../src/model/types.js';
import type { KnowledgeTexts, Report, ReportContext, ReportFinding, ReportSignal } from '../../src/report/types.js';

const REASONS = ['CrashLoopBackOff', 'ImagePullBackOff', 'CreatePodSandboxError', 'OOMKilled', 'FailedScheduling', 'RunContainerError'];
const CAUSES = ['app.exit-error', 'registry.auth', 'cni.ip-exhausted', 'resources.oom-killed', 'scheduling.unschedulable', 'node.disk-full'];
const SEVS: Severity[] = ['critical', 'error', 'error', 'warning', 'error', 'info'];

export interface SyntheticOptions {
  findings: number;
  nodes?: number;
  /** Pods per owner (replicas that fail alike form one group). */
  replicas?: number;
  evidencePerFinding?: number;
  start?: string;
  /** Spread of the findings' times, in minutes. */
  spanMinutes?: number;
}

const iso = (t: number) => new Date(t).toISOString().replace(/\.000Z$/, 'Z');

export function syntheticReport(o: SyntheticOptions): { report: Report; context: ReportContext } {
  const nodes = o.nodes ?? 20;
  const replicas = o.replicas ?? 1;
  const perFinding = o.evidencePerFinding ?? 20;
  const t0 = Date.parse(o.start ?? '2025-03-01T08:00:00Z');
  const span = (o.spanMinutes ?? 240) * 60_000;
  const findings: ReportFinding[] = [];
  for (let i = 0; i < o.findings; i++) {
    const owner = Math.floor(i / replicas);
    const k = owner % REASONS.length;
    const ns = `team-${owner % 17}`;
    const node = k === 4 ? null : `worker-${String(owner % nodes).padStart(3, '0')}`;
    const first = t0 + ((owner * 7919) % 1000) / 1000 * span;
    const last = first + ((i * 31) % 60) * 60_000;
    const evidence: Evidence[] = [];
    for (let j = 0; j < perFinding; j++) {
      evidence.push({
        file: j % 3 === 0 ? `cluster-resources/events/${ns}.json` : `host-collectors/run-host/kubelet-${node ?? 'none'}.log`,
        line: 100 + j * 13,
        time: iso(first + j * 1000),
        kind: j % 3 === 0 ? 'event' : 'kubelet',
        text: `E0301 08:00:${String(j % 60).padStart(2, '0')} 1234 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"app\\" with ${REASONS[k]}: back-off 5m0s restarting failed container=app pod=web-${owner}-${i}_${ns}(0b9d…)" ${j === 5 ? 'x'.repeat(700) : ''}`,
      });
    }
    findings.push({
      id: `f-${(i * 2654435761 >>> 0).toString(16).padStart(12, '0').slice(0, 12)}`,
      reason: REASONS[k]!,
      relatedReasons: k === 2 ? ['SetupNetworkError'] : [],
      observed: [REASONS[k]!],
      severity: SEVS[k]!,
      namespace: ns,
      pod: `web-${owner}-${(i * 48271 % 99991).toString(36)}`,
      container: k === 4 ? null : 'app',
      node,
      owner: { kind: 'Deployment', name: `web-${owner}` },
      count: 1 + (i % 9),
      firstSeen: iso(first),
      lastSeen: iso(last),
      cause: { id: CAUSES[k]!, confidence: 0.5 + (k % 5) / 10, summary: `Synthetic cause summary for ${CAUSES[k]} explaining what happened in one sentence.` },
      alternatives: [{ id: 'node.disk-full', confidence: 0.3 }, { id: 'runtime.down', confidence: 0 }],
      signals: node ? [`s-${node}`] : [],
      evidence,
      remediation: [
        `Read the log of the crashed run: \`kubectl logs -n ${ns} web-${owner} -c app --previous\`; this is usually the first step.`,
        `Check the last termination state and events: \`kubectl describe pod -n ${ns} web-${owner}\`; look at 'Last State'.`,
        'Check the liveness and readiness probes in the pod spec; a probe that is wrong or too strict makes the kubelet restart a healthy container.',
        `On ${node ?? 'the node'}: \`journalctl -u kubelet --since '-1h' | grep -i 'web-${owner}'\`.`,
        'Check that every service the app depends on (database, other services, DNS) is available.',
      ],
    });
  }
  const signals: ReportSignal[] = [];
  for (let n = 0; n < nodes; n++) {
    const node = `worker-${String(n).padStart(3, '0')}`;
    signals.push({
      id: `s-${node}`, type: n % 2 ? 'node.disk-full' : 'cni.ip-exhausted', node, count: 3 + n,
      firstSeen: iso(t0 + n * 60_000), lastSeen: iso(t0 + n * 60_000 + span / 3),
      evidence: [{ file: `host-collectors/run-host/kubelet-${node}.log`, line: 10 + n, time: iso(t0 + n * 60_000), kind: 'kubelet', text: 'no space left on device' }],
    });
  }
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'podmortem', version: '0.0.0-test' },
    inputs: [{ path: 'bundle.tar.gz', layouts: ['troubleshoot'], files: 1200, bytes: 734_003_200 }],
    cluster: { nodes, pods: o.findings * 2, namespaces: 17, collectedAt: iso(t0 + span + 3_600_000) },
    findings,
    signals,
    patterns: [],
    gaps: [{ node: 'worker-001', missing: 'no kubelet log for worker-001', impact: 'sandbox, volume and probe causes not checked' }, { node: null, missing: 'no events list', impact: 'event-based reasons not checked' }],
  };
  return { report, context: syntheticContext(['a/unknown.bin', 'b/skipped.txt']) };
}

export function syntheticContext(unrecognised: string[] = []): ReportContext {
  const en: KnowledgeTexts = { reasons: {}, causes: { unknown: 'The bundle does not show why.' }, signals: {} };
  const zh: KnowledgeTexts = { reasons: {}, causes: { unknown: '数据包中没有足以判断原因的证据。' }, signals: {} };
  for (const r of REASONS) { en.reasons[r] = { title: `Title of ${r}`, summary: '' }; zh.reasons[r] = { title: `${r} 的标题`, summary: '' }; }
  for (const c of CAUSES) { en.causes[c] = `Synthetic cause summary for ${c} explaining what happened in one sentence.`; zh.causes[c] = `${c} 的中文说明。`; }
  en.signals['node.disk-full'] = { title: 'Node disk full', summary: '' };
  zh.signals['node.disk-full'] = { title: '节点磁盘已满', summary: '' };
  en.signals['cni.ip-exhausted'] = { title: 'Pod IP pool exhausted', summary: '' };
  zh.signals['cni.ip-exhausted'] = { title: 'Pod IP 地址池耗尽', summary: '' };
  return {
    lang: 'en',
    reasonText: Object.fromEntries(Object.entries(en.reasons)),
    unrecognised,
    redacted: true,
    texts: { en, zh },
  };
}

/** One finding with defaults, for small hand-made cases. */
export function finding(over: Partial<ReportFinding> & { id: string }): ReportFinding {
  return {
    reason: 'CrashLoopBackOff', relatedReasons: [], observed: ['CrashLoopBackOff'], severity: 'error',
    namespace: 'default', pod: 'web-1', container: 'app', node: 'node-1', owner: null, count: 1,
    firstSeen: null, lastSeen: null,
    cause: { id: 'app.exit-error', confidence: 0.8, summary: 'The app exits with an error.' },
    alternatives: [], signals: [], evidence: [], remediation: [],
    ...over,
  };
}

export function reportOf(findings: ReportFinding[], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1, tool: { name: 'podmortem', version: '0.0.0-test' },
    inputs: [{ path: 'in', layouts: [], files: 1, bytes: 10 }],
    cluster: { nodes: 3, pods: 10, namespaces: 2, collectedAt: null },
    findings, signals: [], patterns: [], gaps: [],
    ...extra,
  };
}

// Judges a benchmark run: did podmortem find every planted failure (reason, and cause where the
// pod's own status or events decide it), and do the measured figures meet the acceptance bounds of
// issue #7. Pure functions over plain data, so the verdict can be recomputed from a results file.

export const LIMITS = {
  /** podmortem wall time on the 1 GB bundle, as a multiple of `gzip -dc` on the same file. */
  wallVsGzip: 1.5,
  /** Peak RSS of any podmortem run, KiB (300 MiB). */
  peakRssKB: 300 * 1024,
  /** Peak RSS on 1 GB over peak RSS on 100 MB: memory must not grow with the logs. */
  rssGrowth: 1.25,
};

/** Matches the report's findings against the answer key written next to the bundle. */
export function compareFindings(report, expected) {
  const byPod = new Map();
  for (const f of report.findings ?? []) {
    const k = `${f.namespace}/${f.pod}`;
    if (!byPod.has(k)) byPod.set(k, []);
    byPod.get(k).push(f);
  }
  const plantedKeys = new Set();
  const planted = expected.planted.map((e) => {
    const k = `${e.namespace}/${e.pod}`;
    plantedKeys.add(k);
    const got = byPod.get(k) ?? [];
    // A finding carries the reason as its own or among relatedReasons (OOMKilled with CrashLoopBackOff...).
    const withReason = got.filter((f) => f.reason === e.reason || (f.relatedReasons ?? []).includes(e.reason));
    const causeOk = withReason.some((f) => f.cause?.id === e.cause);
    const reasonOk = withReason.length > 0;
    return {
      ...e,
      reasonOk,
      causeOk,
      pass: reasonOk && (!e.checkCause || causeOk),
      got: got.map((f) => ({ reason: f.reason, relatedReasons: f.relatedReasons ?? [], cause: f.cause?.id ?? null, confidence: f.cause?.confidence ?? null, container: f.container })),
    };
  });
  const unexpected = (report.findings ?? [])
    .filter((f) => !plantedKeys.has(`${f.namespace}/${f.pod}`))
    .map((f) => ({ namespace: f.namespace, pod: f.pod, reason: f.reason, cause: f.cause?.id ?? null }));
  const signals = expected.signals
    .filter((s, i, all) => all.findIndex((t) => t.type === s.type && t.node === s.node) === i)
    .map((s) => ({ ...s, found: (report.signals ?? []).some((r) => r.type === s.type && r.node === s.node) }));
  return { planted, unexpected, signals, gaps: (report.gaps ?? []).length };
}

const fmtMB = (kb) => (kb == null ? 'n/a' : `${(kb / 1024).toFixed(0)} MiB`);
const fmtS = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

/**
 * The acceptance checks. `bundles` maps size name to { tools: { gzip, podmortem, 'tar+grep' } with
 * medianMs / peakKB / failures, findings (compareFindings output or null) }. Each check is
 * { name, pass: true|false|null (null = skipped: its bundle was not measured), detail, gating }.
 */
export function acceptance(bundles) {
  const checks = [];
  const add = (name, pass, detail, gating = true) => checks.push({ name, pass, detail, gating });
  const pm = (size) => bundles[size]?.tools.podmortem;

  for (const [size, b] of Object.entries(bundles)) {
    const p = b.tools.podmortem;
    add(`${size}: podmortem exits 0 on every run`, p.failures === 0, p.failures === 0 ? `${p.runs} runs` : `${p.failures} of ${p.runs} runs failed: ${p.lastError ?? ''}`.trim());
  }

  const big = bundles['1gb'];
  if (big) {
    const { podmortem: p, gzip: g, 'tar+grep': tg } = big.tools;
    const ratio = p.medianMs / g.medianMs;
    add(`1gb: podmortem wall <= ${LIMITS.wallVsGzip}x gzip floor`, p.failures === 0 && ratio <= LIMITS.wallVsGzip, `${fmtS(p.medianMs)} vs gzip ${fmtS(g.medianMs)} = ${ratio.toFixed(2)}x`);
    add('1gb: podmortem wall < tar+grep', p.failures === 0 && p.medianMs < tg.medianMs, `${fmtS(p.medianMs)} vs tar+grep ${fmtS(tg.medianMs)}`);
  } else {
    add(`1gb: podmortem wall <= ${LIMITS.wallVsGzip}x gzip floor`, null, '1gb not measured');
    add('1gb: podmortem wall < tar+grep', null, '1gb not measured');
  }

  for (const size of Object.keys(bundles)) {
    const peak = pm(size).peakKB;
    const label = size === 'files50k' ? 'files50k: peak RSS within the same bound' : `${size}: peak RSS`;
    add(`${label} <= ${fmtMB(LIMITS.peakRssKB)}`, peak != null && peak <= LIMITS.peakRssKB, `peak ${fmtMB(peak)}`);
  }
  if (bundles['1gb'] && bundles['100mb']) {
    const a = pm('100mb').peakKB;
    const b = pm('1gb').peakKB;
    add(`1gb peak RSS <= ${LIMITS.rssGrowth}x 100mb peak`, a != null && b != null && b <= a * LIMITS.rssGrowth, `${fmtMB(b)} vs ${fmtMB(a)} = ${a && b ? (b / a).toFixed(2) : '?'}x`);
  } else {
    add(`1gb peak RSS <= ${LIMITS.rssGrowth}x 100mb peak`, null, 'needs both 100mb and 1gb');
  }

  for (const [size, b] of Object.entries(bundles)) {
    const f = b.findings;
    if (!f) {
      add(`${size}: every planted failure found`, false, 'no JSON report to check');
      continue;
    }
    const missed = f.planted.filter((e) => !e.pass);
    add(`${size}: every planted failure found (reason, and cause where the pod decides it)`, missed.length === 0,
      missed.length === 0 ? `${f.planted.length} of ${f.planted.length}` : `missed ${missed.length} of ${f.planted.length}: ${missed.map((e) => `${e.namespace}/${e.pod} want ${e.reason}/${e.cause}, got ${e.got.map((g) => `${g.reason}/${g.cause}`).join(',') || 'nothing'}`).join('; ')}`);
    // Informational: not part of issue #7's bar, but worth seeing on every run.
    add(`${size}: no findings for healthy pods (info)`, f.unexpected.length === 0, f.unexpected.length === 0 ? 'none' : `${f.unexpected.length}: ${f.unexpected.slice(0, 5).map((u) => `${u.namespace}/${u.pod} ${u.reason}`).join('; ')}`, false);
    const missing = f.signals.filter((s) => !s.found);
    add(`${size}: planted node signals reported (info)`, missing.length === 0, missing.length === 0 ? `${f.signals.length} of ${f.signals.length}` : `missing ${missing.map((s) => `${s.type}@${s.node}`).join(', ')}`, false);
  }
  return checks;
}

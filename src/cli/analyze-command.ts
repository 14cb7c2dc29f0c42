/** `podmortem analyze`: options to run, run to report, report to the chosen output. */
import { writeFileSync } from 'node:fs';
import { analyze } from '../analyze/analyze.js';
import { loadKnowledgeBase } from '../explain/knowledge-base.js';
import { SEVERITIES, type Severity } from '../model/types.js';
import { render } from '../render/index.js';
import { terminalSafe } from '../render/terminal-safe.js';
import type { IngestLimits } from '../ingest/types.js';
import { formatForPath, parseCount, parseFormat, parseLang, parseSeverity, parseSince, parseSize, UsageError, type Format } from './options.js';
import { Progress } from './progress.js';
import { VERSION } from './version.js';

export interface AnalyzeCliOptions {
  output?: string;
  format?: string;
  lang: string;
  namespace: string[];
  since?: string;
  minSeverity?: string;
  rules: string[];
  redact: boolean;
  failOn: string;
  quiet?: boolean;
  maxBytes?: string;
  maxEntries?: string;
  maxDepth?: string;
  maxRatio?: string;
}

/** The ingest limits the user raised or lowered; the others keep their defaults. */
function limitsFrom(o: AnalyzeCliOptions): Partial<IngestLimits> {
  const limits: Partial<IngestLimits> = {};
  if (o.maxBytes !== undefined) limits.maxTotalBytes = parseSize(o.maxBytes, '--max-bytes');
  if (o.maxEntries !== undefined) limits.maxEntries = parseCount(o.maxEntries, '--max-entries', 1);
  if (o.maxDepth !== undefined) limits.maxDepth = parseCount(o.maxDepth, '--max-depth', 0);
  if (o.maxRatio !== undefined) limits.maxRatio = parseCount(o.maxRatio, '--max-ratio', 1);
  return limits;
}

const DEFAULT_HTML_PATH = 'podmortem-report.html';

export async function runAnalyze(inputs: string[], o: AnalyzeCliOptions): Promise<number> {
  const lang = parseLang(o.lang);
  const failOn = parseSeverity(o.failOn, '--fail-on', true);
  const minSeverity = o.minSeverity ? (parseSeverity(o.minSeverity, '--min-severity') as Severity) : undefined;
  const since = o.since ? parseSince(o.since) : {};
  const limits = limitsFrom(o);
  const toStdout = o.output === '-' || (o.output === undefined && o.format !== 'html');
  const format: Format = o.format ? parseFormat(o.format) : o.output && o.output !== '-' ? formatForPath(o.output) : 'text';
  const target = o.output === undefined && format === 'html' ? DEFAULT_HTML_PATH : o.output;
  if (inputs.length === 0) throw new UsageError('analyze needs at least one input');
  if (!o.redact && !o.quiet) process.stderr.write('podmortem: warning: --no-redact: secrets in the bundle will appear in the report\n');

  const kb = loadKnowledgeBase(o.rules);
  const progress = new Progress(process.stderr, !o.quiet && process.stderr.isTTY === true);
  let result;
  try {
    result = await analyze(inputs, {
      kb, lang, redact: o.redact, version: VERSION, limits,
      namespaces: o.namespace,
      ...since,
      ...(minSeverity ? { minSeverity } : {}),
      onProgress: (done, total, path) => progress.update(done, total, path),
    });
  } finally {
    progress.done();
  }
  const { report, context } = result;
  const color = toStdout && format === 'text' && process.stdout.isTTY === true && !process.env['NO_COLOR'];
  const text = render(format, report, context, { color });
  if (toStdout) {
    process.stdout.write(text);
  } else {
    writeFileSync(target!, text);
    if (!o.quiet) process.stderr.write(`podmortem: report written to ${target}\n`);
  }
  if (!o.quiet) {
    for (const gap of report.gaps.slice(0, 3)) process.stderr.write(`podmortem: gap: ${terminalSafe(gap.missing)}\n`);
    if (report.gaps.length > 3) process.stderr.write(`podmortem: ${report.gaps.length - 3} more gaps listed in the report\n`);
  }
  if (failOn === 'none') return 0;
  const limit = SEVERITIES.indexOf(failOn);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit) ? 1 : 0;
}

#!/usr/bin/env node
// Where does podmortem spend its time on a bundle? Runs it once under `node --cpu-prof` and
// summarises the V8 profile: self time by function and by source file (dist/ paths map 1:1 to
// src/). Used by `run.mjs --profile`, or on its own:
//
//   node bench/profile.mjs bench/out/bundle-100mb-seed1-g1.tar.gz [--top 25]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(BENCH_DIR);

/** Runs podmortem under the profiler; returns the summary (or throws with its stderr). */
export function profileRun(bundle, { top = 25, outDir = join(BENCH_DIR, 'out', 'prof') } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const report = join(outDir, 'report.json');
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${outDir}`, join(REPO, 'dist/cli/main.js'), 'analyze', bundle, '--format', 'json', '-o', report, '--quiet', '--fail-on', 'none'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`podmortem failed under the profiler (exit ${r.status}): ${r.stderr.slice(-500)}`);
  const file = readdirSync(outDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no .cpuprofile written');
  return { profile: join(outDir, file), ...summarise(JSON.parse(readFileSync(join(outDir, file), 'utf8')), top) };
}

/** Self time per function and per file from a .cpuprofile. */
export function summarise(prof, top = 25) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
  }
  const fn = new Map();
  const files = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { callFrame: cf } = byId.get(id);
    total += us;
    const where = shortUrl(cf.url);
    // RegExp frames are named by their whole source, which can be kilobytes: keep the start.
    const name = cf.functionName.length > 100 ? `${cf.functionName.slice(0, 100)}...` : cf.functionName || '(anonymous)';
    const key = `${name}  ${where}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const fileKey = where || (cf.functionName.startsWith('RegExp:') ? 'RegExp (all)' : cf.functionName);
    files.set(fileKey, (files.get(fileKey) ?? 0) + us);
  }
  const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), pct: Number(((100 * us) / total).toFixed(1)) }));
  return { totalMs: Math.round(total / 1000), functions: rank(fn), files: rank(files) };
}

function shortUrl(url) {
  if (!url) return '';
  const path = url.replace(/^file:\/\//, '');
  if (path.startsWith(REPO)) return relative(REPO, path);
  return path.startsWith('node:') ? path : path.replace(/^.*\/node_modules\//, 'node_modules/');
}

export function printSummary(s, out = console.log) {
  out(`CPU profile: ${s.totalMs} ms sampled (${s.profile ?? ''})`);
  out('  self time by file:');
  for (const f of s.files) out(`    ${String(f.ms).padStart(7)} ms ${String(f.pct).padStart(5)}%  ${f.name}`);
  out('  self time by function:');
  for (const f of s.functions) out(`    ${String(f.ms).padStart(7)} ms ${String(f.pct).padStart(5)}%  ${f.name}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const bundle = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
  if (!bundle || !existsSync(bundle)) {
    console.error('usage: node bench/profile.mjs BUNDLE.tar.gz [--top N]');
    process.exit(2);
  }
  const i = args.indexOf('--top');
  printSummary(profileRun(bundle, { top: i >= 0 ? Number(args[i + 1]) : 25 }));
}

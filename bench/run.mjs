#!/usr/bin/env node
// `npm run bench`: generates (or reuses) the synthetic bundles, then times on the same files, in
// the same run, podmortem against the decompression floor (`gzip -dc`) and against what an
// engineer does by hand (untar, then grep a dozen error keywords). Prints a table and the
// acceptance checks of issue #7, writes everything to bench/out/results-<date>.json, and exits
// non-zero when a check fails.
//
//   npm run bench -- [--sizes 100mb,1gb,files50k] [--runs 3] [--quick] [--seed 1] [--profile]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle, OUT_DIR, PRESETS } from './generate.mjs';
import { hasGnuTime, measure, median } from './measure.mjs';
import { acceptance, compareFindings, LIMITS } from './checks.mjs';
import { printSummary, profileRun } from './profile.mjs';

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
const CLI = join(REPO, 'dist/cli/main.js');

/** What an engineer greps for by hand: a dozen words that mark a failure in a bundle. */
export const GREP_KEYWORDS = [
  'OOMKilled', 'CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'CreateContainerConfigError', 'FailedScheduling',
  'FailedCreatePodSandBox', 'Error syncing pod', 'no space left on device', 'out of memory', 'no IP addresses available', 'PLEG is not healthy',
];

function parseArgs(argv) {
  const o = { sizes: ['100mb', '1gb', 'files50k'], runs: 3, seed: 1, profile: false, quick: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') o.sizes = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--quick') o.quick = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--regenerate') o.force = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (o.quick) o.sizes = ['quick'];
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  for (const s of o.sizes) if (!PRESETS[s]) throw new Error(`unknown size '${s}' (known: ${Object.keys(PRESETS).join(', ')})`);
  return o;
}

const log = (m) => process.stderr.write(`[bench] ${m}\n`);
const mib = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

/** The three contenders for one bundle; each returns the argv to measure and an optional cleanup. */
function tools(bundle, outJson) {
  return [
    { name: 'gzip', prepare: () => ({ cmd: 'gzip', args: ['-dc', bundle] }) },
    { name: 'podmortem', prepare: () => ({ cmd: process.execPath, args: [CLI, 'analyze', bundle, '--format', 'json', '-o', outJson, '--quiet', '--fail-on', 'none'] }) },
    {
      name: 'tar+grep',
      prepare: () => {
        const dir = mkdtempSync(join(OUT_DIR, 'extract-'));
        // grep exits 1 when nothing matches: still a successful search.
        const script = 'tar -xzf "$0" -C "$1" && { grep -rE "$2" "$1" > /dev/null; [ $? -le 1 ]; }';
        return { cmd: 'sh', args: ['-c', script, bundle, dir, GREP_KEYWORDS.join('|')], cleanup: () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
  ];
}

/** Reads the file once so that every contender starts with it in the page cache. */
async function warm(path) {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) void chunk;
}

async function benchBundle(size, b, runs) {
  const outJson = join(OUT_DIR, `report-${size}.json`);
  const contenders = tools(b.tgz, outJson);
  const samples = Object.fromEntries(contenders.map((t) => [t.name, []]));
  await warm(b.tgz);
  for (let r = 1; r <= runs; r++) {
    for (const t of contenders) {
      const { cmd, args, cleanup } = t.prepare();
      if (t.name === 'podmortem') rmSync(outJson, { force: true });
      const m = await measure(cmd, args);
      cleanup?.();
      samples[t.name].push(m);
      log(`${size} run ${r}/${runs} ${t.name}: ${(m.wallMs / 1000).toFixed(2)} s, peak ${m.peakRssKB == null ? '?' : `${Math.round(m.peakRssKB / 1024)} MiB`}${m.exitCode === 0 ? '' : `, EXIT ${m.exitCode ?? m.signal}: ${m.stderr.trim().split('\n').pop()}`}`);
    }
  }
  const toolsOut = {};
  for (const [name, ms] of Object.entries(samples)) {
    const ok = ms.filter((m) => m.exitCode === 0);
    const failed = ms.filter((m) => m.exitCode !== 0);
    toolsOut[name] = {
      runs: ms.length,
      failures: failed.length,
      lastError: failed.length ? failed[failed.length - 1].stderr.trim().split('\n').slice(-2).join(' | ') : null,
      medianMs: median((ok.length ? ok : ms).map((m) => m.wallMs)),
      minMs: Math.min(...ms.map((m) => m.wallMs)),
      maxMs: Math.max(...ms.map((m) => m.wallMs)),
      // The worst run is what a user may hit: checks use the max; the median is kept for reference.
      peakKB: ms.some((m) => m.peakRssKB != null) ? Math.max(...ms.map((m) => m.peakRssKB ?? 0)) : null,
      medianPeakKB: median(ms.filter((m) => m.peakRssKB != null).map((m) => m.peakRssKB)),
      rssMethod: ms[0]?.rssMethod,
      samples: ms.map((m) => ({ wallMs: Math.round(m.wallMs), peakRssKB: m.peakRssKB, exitCode: m.exitCode })),
    };
  }
  let findings = null;
  if (existsSync(outJson)) {
    try {
      findings = compareFindings(JSON.parse(readFileSync(outJson, 'utf8')), b.expected);
    } catch (err) {
      log(`${size}: cannot read podmortem's JSON report: ${err.message}`);
    }
  }
  return { tools: toolsOut, findings };
}

function printTable(bundles, meta) {
  const rows = [['bundle', 'compressed', 'uncompressed', 'files', 'tool', 'median wall', 'min-max', 'peak RSS (max)', 'x gzip']];
  for (const [size, b] of Object.entries(bundles)) {
    const m = meta[size];
    const g = b.tools.gzip.medianMs;
    for (const [name, t] of Object.entries(b.tools)) {
      rows.push([
        size, mib(m.compressedBytes), mib(m.uncompressedBytes), String(m.files), name,
        `${(t.medianMs / 1000).toFixed(2)} s${t.failures ? ` (${t.failures} failed)` : ''}`,
        `${(t.minMs / 1000).toFixed(2)}-${(t.maxMs / 1000).toFixed(2)}`,
        t.peakKB == null ? 'n/a' : `${Math.round(t.peakKB / 1024)} MiB`,
        `${(t.medianMs / g).toFixed(2)}`,
      ]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c >= 5 || c === 1 || c === 2 || c === 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.help) {
    console.log('npm run bench -- [--sizes 100mb,1gb,files50k|quick] [--runs N] [--quick] [--seed N] [--profile] [--regenerate]');
    return 0;
  }
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run bench builds before it runs)`);
  mkdirSync(OUT_DIR, { recursive: true });
  const gnuTime = hasGnuTime();
  if (!gnuTime) {
    log('WARNING: GNU time (/usr/bin/time -v) not found; install it with `apt-get install -y time`.');
    log(`         Peak RSS is measured by polling /proc every 20 ms instead and may miss short peaks.`);
  }
  const started = new Date();
  const generated = {};
  const meta = {};
  for (const size of o.sizes) {
    const b = await ensureBundle(size, { seed: o.seed, force: o.force, log: (m) => log(m) });
    generated[size] = b;
    meta[size] = b.expected.bundle;
  }
  const bundles = {};
  for (const size of o.sizes) bundles[size] = await benchBundle(size, generated[size], o.runs);

  let profile = null;
  if (o.profile) {
    const size = o.sizes.includes('100mb') ? '100mb' : o.sizes[0];
    log(`profiling podmortem on ${size} ...`);
    try {
      profile = { size, ...profileRun(generated[size].tgz) };
    } catch (err) {
      profile = { size, error: err.message };
    }
  }

  console.log('');
  printTable(bundles, meta);
  const checks = acceptance(bundles);
  console.log('\nAcceptance checks (issue #7):');
  for (const c of checks) {
    const mark = c.pass === null ? 'SKIP' : c.pass ? 'PASS' : c.gating ? 'FAIL' : 'WARN';
    console.log(`  ${mark}  ${c.name}: ${c.detail}`);
  }
  for (const [size, b] of Object.entries(bundles)) {
    if (!b.findings) continue;
    const missed = b.findings.planted.filter((e) => !e.pass);
    if (missed.length) console.log(`\n${size}: missed planted failures:\n${missed.map((e) => `  ${e.namespace}/${e.pod}: want ${e.reason} / ${e.cause} (${e.story}); got ${JSON.stringify(e.got)}`).join('\n')}`);
  }
  if (profile) {
    console.log('');
    if (profile.error) console.log(`profile failed: ${profile.error}`);
    else printSummary(profile);
  }
  if (!gnuTime) console.log('\nNOTE: GNU time missing (apt-get install -y time): peak RSS figures come from /proc polling.');

  const failed = checks.filter((c) => c.gating && c.pass === false);
  const results = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    host: { node: process.version, platform: process.platform, cpus: (await import('node:os')).cpus().length, gnuTime },
    options: { sizes: o.sizes, runs: o.runs, seed: o.seed },
    limits: LIMITS,
    grepKeywords: GREP_KEYWORDS,
    bundles: Object.fromEntries(Object.entries(bundles).map(([size, b]) => [size, { bundle: { path: generated[size].tgz, reused: generated[size].reused, ...meta[size] }, ...b }])),
    checks,
    profile,
    passed: failed.length === 0,
  };
  const stamp = started.toISOString().slice(0, 19).replace(/:/g, '-');
  const resultsPath = join(OUT_DIR, `results-${stamp}.json`);
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${resultsPath}`);
  if (failed.length) {
    console.log(`FAILED ${failed.length} check(s):\n${failed.map((c) => `  - ${c.name}`).join('\n')}`);
    return 1;
  }
  console.log('all checks passed');
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`bench: ${err.message}`);
  process.exitCode = 2;
});

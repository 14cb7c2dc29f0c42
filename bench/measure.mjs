// Runs one command and reports its wall time and peak resident memory.
//
// Peak RSS comes from GNU time (`/usr/bin/time -v`, the kernel's own ru_maxrss accounting: exact,
// and for a shell pipeline the largest single process). Without it we fall back to polling
// /proc/<pid>/status of the process tree every POLL_MS and keep the largest sum seen, which can
// miss a peak shorter than the interval; the result says which method was used.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 20;

/** Whether GNU time with -v is there (BusyBox or BSD time differ); checked once. */
let gnuTime = null;
export function hasGnuTime() {
  if (gnuTime === null) {
    // BENCH_NO_GNU_TIME=1 forces the /proc fallback (to test it on a machine that has GNU time).
    gnuTime = !process.env.BENCH_NO_GNU_TIME && existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size') === true;
  }
  return gnuTime;
}

/**
 * Runs `cmd args`, stdout to `stdoutPath` (default /dev/null), stderr kept (last 2 KB) for error
 * messages. Resolves { wallMs, peakRssKB, exitCode, signal, rssMethod, stderr }.
 */
export async function measure(cmd, args, { stdoutPath = '/dev/null', cwd, env } = {}) {
  const out = openSync(stdoutPath, 'w');
  const useTime = hasGnuTime();
  const reportDir = useTime ? mkdtempSync(join(tmpdir(), 'bench-time-')) : null;
  const report = reportDir ? join(reportDir, 'time.txt') : null;
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', report, cmd, ...args]] : [cmd, args];
  let stderr = '';
  let polledKB = 0;
  const t0 = process.hrtime.bigint();
  const child = spawn(file, argv, { stdio: ['ignore', out, 'pipe'], cwd, env });
  child.stderr.on('data', (d) => { stderr = (stderr + d.toString()).slice(-2048); });
  const timer = useTime ? null : setInterval(() => { polledKB = Math.max(polledKB, treeRssKB(child.pid)); }, POLL_MS);
  const { code, signal } = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (timer) clearInterval(timer);
  closeSync(out);
  let peakRssKB = polledKB;
  if (useTime) {
    const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
    peakRssKB = m ? Number(m[1]) : null;
    rmSync(reportDir, { recursive: true, force: true });
  }
  return { wallMs, peakRssKB, exitCode: code, signal, rssMethod: useTime ? 'gnu-time' : `proc-poll-${POLL_MS}ms`, stderr };
}

/** Sum of VmRSS over `pid` and its descendants, in KiB (0 once they are gone). */
function treeRssKB(pid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* exited meanwhile */ }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch { /* exited meanwhile */ }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? null : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

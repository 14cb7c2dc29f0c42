/**
 * Nothing is created or changed anywhere but the -o target: entry names that climb out of the
 * archive (`../../escape.txt`) or are absolute (`/tmp/abs.txt`), links to outside paths, in tar,
 * zip and directory inputs, read from a working directory nested in a scratch folder whose whole
 * tree is compared before and after, together with the names in /tmp.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tarBuffer } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';
import { failingPod, podList, runCli, stderrProblems } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'podmortem-nowrite-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const token = base.slice(-6).replace(/[^A-Za-z0-9]/g, 'x');

/** Every path under `root` with its type and, for files and links, size and modification time. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = lstatSync(p);
      // a directory's own time changes with its children, which are compared themselves
      out.set(p, st.isDirectory() ? 'd' : `${st.isSymbolicLink() ? 'l' : 'f'} ${st.size} ${st.mtimeMs}`);
      if (st.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

function diff(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [p, v] of after) if (before.get(p) !== v) changes.push(`${before.has(p) ? 'changed' : 'created'} ${p}`);
  for (const p of before.keys()) if (!after.has(p)) changes.push(`removed ${p}`);
  return changes;
}

const escapeNames = [`../../escape-${token}.txt`, `/tmp/abs-${token}.txt`, `../../../../../../../../tmp/deep-${token}.txt`];

async function inputs(): Promise<string[]> {
  const dir = join(base, 'inputs');
  mkdirSync(dir, { recursive: true });
  const members = [
    ...escapeNames.map((name, i) => ({ name, data: podList(failingPod(`escape-${i}`)) })),
    { name: `link-${token}`, type: 'symlink' as const, linkname: `/tmp/link-target-${token}` },
    { name: `../hard-${token}`, type: 'link' as const, linkname: '/etc/passwd' },
  ];
  const tgz = join(dir, 'escape.tgz');
  writeFileSync(tgz, gzipSync(await tarBuffer(members)));
  const zip = join(dir, 'escape.zip');
  writeFileSync(zip, writeZip([
    ...escapeNames.map((name, i) => ({ name, data: podList(failingPod(`zip-escape-${i}`)) })),
    { name: `zip-link-${token}`, data: `/tmp/zip-link-target-${token}`, mode: 0o120777 },
  ]));
  // a tar inside the zip, so that nested names climb too
  const nested = join(dir, 'nested.zip');
  writeFileSync(nested, writeZip([{ name: '../inner.tgz', data: gzipSync(await tarBuffer(members)) }]));
  const tree = join(dir, 'tree');
  mkdirSync(tree);
  writeFileSync(join(tree, 'pods.json'), podList(failingPod('tree-pod')));
  symlinkSync(`/tmp/dir-link-target-${token}`, join(tree, 'dangling'));
  symlinkSync('/tmp', join(tree, 'tmp-link'));
  return [tgz, zip, nested, tree];
}

describe('no file is created or modified except the -o target', () => {
  let all: string[];
  beforeAll(async () => {
    all = await inputs();
  });
  it.each([
    ['json to a relative -o', ['--format', 'json', '-o', 'report.json'], ['report.json']],
    ['html by default', ['--format', 'html'], ['podmortem-report.html']],
    ['text to stdout', ['--format', 'text'], []],
    ['markdown to -o -', ['--format', 'md', '-o', '-'], []],
  ])('%s', async (_, args, expected) => {
    const cwd = join(base, 'work', 'a', 'b', 'cwd');
    mkdirSync(cwd, { recursive: true });
    const beforeBase = snapshot(base);
    const beforeTmp = new Set(readdirSync('/tmp'));
    const r = runCli(['analyze', ...all, ...args], { cwd });
    expect(stderrProblems(r.stderr)).toEqual([]);
    expect(r.code).toBe(1);
    const afterBase = snapshot(base);
    const afterTmp = readdirSync('/tmp').filter((n) => !beforeTmp.has(n));
    expect(afterTmp.filter((n) => n.includes(token) || /^(abs|escape|deep|link|hard)-/.test(n))).toEqual([]);
    expect(diff(beforeBase, afterBase)).toEqual(expected.map((f) => `created ${join(cwd, f)}`));
    // the entries were read as labels: the pods inside them are in the report
    if (args.includes('json')) {
      const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
      const pods = new Set(report.findings.map((f: { pod: string }) => f.pod));
      for (const p of ['escape-0', 'escape-1', 'escape-2', 'zip-escape-0', 'tree-pod']) expect(pods.has(p), p).toBe(true);
    }
    rmSync(join(base, 'work'), { recursive: true, force: true });
  });
});


#!/usr/bin/env node
// Packs every samples/<name>/ directory into <outdir>/<name>.tar.gz, deterministically:
// entries sorted by path, fixed mtime (the samples' collection time), mode 0644 for files and
// 0755 for directories, uid/gid 0 and no owner names, gzip header without mtime and with a fixed
// OS byte. The same input gives byte-identical archives on every run.
//
//   node scripts/pack-samples.mjs [outdir]      (default: samples/)
//
// Each archive holds what samples/<name>/ holds, i.e. the bundle's single top-level folder
// (support-bundle-<timestamp>/...), the way a real support bundle is shaped.
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

const MTIME = new Date('2026-03-14T09:12:44Z');
const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const outDir = resolve(process.argv[2] ?? samplesDir);

const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** All entries under root as posix paths relative to root, directories included, sorted. */
function walk(root) {
  const out = [];
  const visit = (dir) => {
    for (const name of readdirSync(dir).sort(byPath)) {
      const abs = join(dir, name);
      const st = lstatSync(abs);
      const rel = relative(root, abs).split(sep).join('/');
      if (st.isDirectory()) {
        out.push({ rel: `${rel}/`, abs, type: 'directory' });
        visit(abs);
      } else if (st.isSymbolicLink()) {
        out.push({ rel, abs, type: 'symlink' });
      } else if (st.isFile()) {
        out.push({ rel, abs, type: 'file' });
      }
    }
  };
  visit(root);
  return out.sort((a, b) => byPath(a.rel, b.rel));
}

function packDir(root) {
  return new Promise((resolvePromise, reject) => {
    const pack = tar.pack();
    const chunks = [];
    pack.on('data', (c) => chunks.push(c));
    pack.on('end', () => resolvePromise(Buffer.concat(chunks)));
    pack.on('error', reject);
    const base = { mtime: MTIME, uid: 0, gid: 0, uname: '', gname: '' };
    for (const e of walk(root)) {
      if (e.type === 'directory') pack.entry({ ...base, name: e.rel, type: 'directory', mode: 0o755 });
      else if (e.type === 'symlink') pack.entry({ ...base, name: e.rel, type: 'symlink', linkname: readlinkSync(e.abs), mode: 0o777 });
      else pack.entry({ ...base, name: e.rel, type: 'file', mode: 0o644 }, readFileSync(e.abs));
    }
    pack.finalize();
  });
}

const names = readdirSync(samplesDir)
  .filter((n) => lstatSync(join(samplesDir, n)).isDirectory())
  .sort(byPath);
if (names.length === 0) {
  console.error(`no sample directories in ${samplesDir}`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
for (const name of names) {
  const tarBuf = await packDir(join(samplesDir, name));
  const gz = gzipSync(tarBuf, { level: 9 });
  gz[9] = 3; // gzip OS byte: Unix, whatever platform packs it
  const out = join(outDir, `${name}.tar.gz`);
  writeFileSync(out, gz);
  console.log(relative(process.cwd(), out) || out);
}

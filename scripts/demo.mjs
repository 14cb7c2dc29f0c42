#!/usr/bin/env node
// The README's first command: packs the bundled samples as customers send them (.tar.gz) and
// analyses each, printing the terminal summary and writing the HTML report beside it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'demo-output');
mkdirSync(out, { recursive: true });
const run = (args) => {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 2);
};
run(['scripts/pack-samples.mjs', out]);
const samples = readdirSync(join(root, 'samples')).filter((n) => statSync(join(root, 'samples', n)).isDirectory()).sort();
for (const name of samples) {
  const bundle = join(out, `${name}.tar.gz`);
  console.log(`\n=== podmortem analyze ${bundle}\n`);
  run(['dist/cli/main.js', 'analyze', bundle, '--format', 'text', '-o', '-', '--fail-on', 'none', '--quiet']);
  run(['dist/cli/main.js', 'analyze', bundle, '-o', join(out, `${name}.html`), '--fail-on', 'none']);
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch, tarBuffer, type Seen } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';

const tmp = scratch();
afterAll(() => tmp.remove());

const POD = 'apiVersion: v1\nkind: Pod\n';
const LOG = 'Sep 01 10:00:00 node-1 kubelet[1]: started\n';

/** Each input kind, built programmatically, and exactly what must come out of it. */
const formats: { name: string; make: () => Promise<string>; expected: Seen[] }[] = [
  {
    name: 'tar.gz',
    make: async () => tmp.file('bundle.tar.gz', gzipSync(await tarBuffer([
      { name: 'cluster/pods.yaml', data: POD },
      { name: 'nodes/node-1/kubelet.log', data: LOG },
    ]))),
    expected: [
      { path: 'cluster/pods.yaml', type: 'file', text: POD },
      { path: 'nodes/node-1/kubelet.log', type: 'file', text: LOG },
    ],
  },
  {
    name: 'tgz with one top-level dir, "./" names',
    make: async () => tmp.file('support.tgz', gzipSync(await tarBuffer([
      { name: './', type: 'directory' },
      { name: './support/', type: 'directory' },
      { name: './support/pods.yaml', data: POD },
    ]))),
    expected: [
      { path: 'support', type: 'directory' },
      { path: 'support/pods.yaml', type: 'file', text: POD },
    ],
  },
  {
    name: 'plain tar',
    make: async () => tmp.file('plain.tar', await tarBuffer([{ name: 'a.txt', data: 'A' }, { name: 'b/c.txt', data: 'C' }])),
    expected: [
      { path: 'a.txt', type: 'file', text: 'A' },
      { path: 'b/c.txt', type: 'file', text: 'C' },
    ],
  },
  {
    name: 'tar.gz named .bin, found by its magic bytes',
    make: async () => tmp.file('upload.bin', gzipSync(await tarBuffer([{ name: 'x.txt', data: 'X' }]))),
    expected: [{ path: 'x.txt', type: 'file', text: 'X' }],
  },
  {
    name: 'zip (stored and deflated members, a directory)',
    make: async () => tmp.file('bundle.zip', writeZip([
      { name: 'cluster/' },
      { name: 'cluster/pods.yaml', data: POD, method: 'store' },
      { name: 'cluster/kubelet.log', data: LOG.repeat(100) },
    ])),
    expected: [
      { path: 'cluster', type: 'directory' },
      { path: 'cluster/pods.yaml', type: 'file', text: POD },
      { path: 'cluster/kubelet.log', type: 'file', text: LOG.repeat(100) },
    ],
  },
  {
    name: '.gz single file',
    make: async () => tmp.file('node1_logs_kubelet.gz', gzipSync(LOG)),
    expected: [{ path: 'node1_logs_kubelet.gz', type: 'file', text: LOG, gunzipped: true }],
  },
  {
    name: 'single plain file',
    make: async () => tmp.file('pods.yaml', POD),
    expected: [{ path: 'pods.yaml', type: 'file', text: POD }],
  },
  {
    name: 'directory (relative, sorted, depth first)',
    make: async () => {
      const dir = join(tmp.dir, 'bundle-dir');
      mkdirSync(join(dir, 'b/sub'), { recursive: true });
      writeFileSync(join(dir, 'z.txt'), 'Z');
      writeFileSync(join(dir, 'a.txt'), 'A');
      writeFileSync(join(dir, 'b/sub/c.log'), 'C');
      writeFileSync(join(dir, 'b/kubelet.gz'), gzipSync(LOG));
      return dir;
    },
    expected: [
      { path: 'a.txt', type: 'file', text: 'A' },
      { path: 'b', type: 'directory' },
      { path: 'b/kubelet.gz', type: 'file', text: LOG, gunzipped: true },
      { path: 'b/sub', type: 'directory' },
      { path: 'b/sub/c.log', type: 'file', text: 'C' },
      { path: 'z.txt', type: 'file', text: 'Z' },
    ],
  },
];

describe('readInput: each input kind', () => {
  it.each(formats)('$name', async ({ make, expected }) => {
    const path = await make();
    const { entries, summary } = await collect(path);
    expect(entries).toEqual(expected);
    expect(summary.gaps).toEqual([]);
    const files = expected.filter((e) => e.type === 'file');
    expect(summary.files).toBe(files.length);
    expect(summary.bytes).toBe(files.reduce((n, e) => n + Buffer.byteLength(e.text ?? ''), 0));
  });
});

/** Look-alikes: names that promise an archive the bytes do not hold, and hostile names. */
const lookAlikes: { name: string; make: () => Promise<string>; expected: Seen[] }[] = [
  {
    name: 'a text file named .tgz is one plain file, not an archive',
    make: async () => tmp.file('notes.tgz', 'just text\n'),
    expected: [{ path: 'notes.tgz', type: 'file', text: 'just text\n' }],
  },
  {
    name: 'a .gz-named file that is not gzip is not gunzipped',
    make: async () => tmp.file('kubelet.log.gz', LOG),
    expected: [{ path: 'kubelet.log.gz', type: 'file', text: LOG }],
  },
  {
    name: 'an empty file is one empty entry',
    make: async () => tmp.file('empty.log', ''),
    expected: [{ path: 'empty.log', type: 'file', text: '' }],
  },
  {
    name: "leading '/' is dropped and '..' kept as text in tar names",
    make: async () => tmp.file('evil.tar', await tarBuffer([
      { name: '/etc/hostname', data: 'h' },
      { name: '../../outside.txt', data: 'o' },
    ])),
    expected: [
      { path: 'etc/hostname', type: 'file', text: 'h' },
      { path: '../../outside.txt', type: 'file', text: 'o' },
    ],
  },
  {
    name: "zip names with '..' and a leading '/' are kept as labels (yauzl would refuse them)",
    make: async () => tmp.file('evil.zip', writeZip([
      { name: '../up.txt', data: 'u' },
      { name: '/abs.txt', data: 'a' },
    ])),
    expected: [
      { path: '../up.txt', type: 'file', text: 'u' },
      { path: 'abs.txt', type: 'file', text: 'a' },
    ],
  },
];

describe('readInput: look-alikes and hostile names', () => {
  it.each(lookAlikes)('$name', async ({ make, expected }) => {
    const { entries, summary } = await collect(await make());
    expect(entries).toEqual(expected);
    expect(summary.gaps).toEqual([]);
  });
});

/**
 * The corpus of hostile and broken inputs: each case is built here (small ones byte by byte, large
 * ones generated, nothing big is kept in git) with the outcome it must have when the built CLI
 * analyses it. The table in test/hostile/README.md lists them.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tarBuffer } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';
import { failingPod, noise, podList, rawTar } from './helpers.js';

export interface Outcome {
  code: number | null;
  report: Record<string, any> | null;
  stdout: string;
  stderr: string;
}

export interface HostileCase {
  /** File or directory name in the corpus folder. */
  name: string;
  /** What is hostile or broken about it. */
  what: string;
  /** The outcome it must have, in words (the README's table). */
  outcome: string;
  /** Writes the input under `dir`; returns its path. `outside` is a folder beside the input that must not be read. */
  make(dir: string, outside: string): Promise<string> | string;
  /** Extra CLI arguments (limits). */
  args?: string[];
  /** Exit codes allowed. */
  exit: number[];
  /** Gaps whose `missing` must match (each pattern at least one gap). */
  gaps?: RegExp[];
  /** Pods that must be found (read before the damage). */
  pods?: string[];
  /** Text that must not appear anywhere in stdout (content that must not be read). */
  absent?: string[];
  /** Further checks. */
  check?(o: Outcome): void;
}

/** A failing pod in a PodList file: finding it proves the file was read. */
const pods = (...names: string[]) => podList(...names.map((n) => failingPod(n)));

/** 100 KiB of text that does not compress: cutting an archive in half lands inside its members. */
const filler = (seed: number) => noise(seed, 100 * 1024).toString('base64');

async function beforeAndAfter(): Promise<Buffer> {
  return tarBuffer([
    { name: 'cluster-resources/pods/before.json', data: pods('before-damage') },
    { name: 'filler-1.log', data: filler(1) },
    { name: 'filler-2.log', data: filler(2) },
    { name: 'cluster-resources/pods/after.json', data: pods('after-damage') },
  ]);
}

function nested(depth: number, leaf: Buffer): Promise<Buffer> {
  return (async () => {
    let inner = leaf;
    for (let d = 0; d < depth; d++) inner = gzipSync(await tarBuffer([{ name: `level-${d}.tgz`, data: inner }]));
    return inner;
  })();
}

/**
 * A zip whose central directory lists `count` entries that all point at the same compressed data:
 * each stays within the ratio limit, together they expand without bound (an "overlapping" bomb).
 */
function overlappingZip(count: number, data: Buffer): Buffer {
  const one = writeZip([{ name: 'k.log', data }]);
  const end = one.subarray(one.length - 22);
  const cdOffset = end.readUInt32LE(16);
  const fixed = one.subarray(cdOffset, cdOffset + 46);
  const entries: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`logs/copy-${String(i).padStart(4, '0')}.log`);
    const entry = Buffer.from(fixed);
    entry.writeUInt16LE(name.length, 28);
    entries.push(entry, name);
  }
  const directory = Buffer.concat(entries);
  const eocd = Buffer.from(end);
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([one.subarray(0, cdOffset), directory, eocd]);
}

const ESC_NAME = 'logs/\u001b]0;pwned\u0007\u001b[2Jevil\nname.log';

export const CORPUS: HostileCase[] = [
  // ---- archive safety -------------------------------------------------------------------------
  {
    name: 'traversal.tgz',
    what: "entry names '../../escape.txt', '/tmp/abs.txt', 'a/../../../etc/cron.d/x'",
    outcome: 'read as labels; the pod inside is found, cited by its label; nothing written',
    make: async (dir) => {
      const p = join(dir, 'traversal.tgz');
      writeFileSync(p, gzipSync(await tarBuffer([
        { name: '../../escape.txt', data: pods('escaped') },
        { name: '/tmp/abs.txt', data: 'absolute\n' },
        { name: 'a/../../../etc/cron.d/x', data: '* * * * * root true\n' },
      ])));
      return p;
    },
    exit: [1],
    pods: ['escaped'],
    check: (o) => {
      const files = o.report!['findings'].flatMap((f: any) => f.evidence.map((e: any) => e.file));
      if (!files.includes('../../escape.txt')) throw new Error(`evidence does not cite '../../escape.txt': ${files}`);
    },
  },
  {
    name: 'traversal.zip',
    what: "zip entry names '../../escape.txt', '/tmp/abs.txt', '..\\\\..\\\\win.txt'",
    outcome: 'read as labels; the pod inside is found; nothing written',
    make: (dir) => {
      const p = join(dir, 'traversal.zip');
      writeFileSync(p, writeZip([
        { name: '../../escape.txt', data: pods('escaped-zip') },
        { name: '/tmp/abs.txt', data: 'absolute\n' },
        { name: '..\\..\\win.txt', data: 'windows\n' },
      ]));
      return p;
    },
    exit: [1],
    pods: ['escaped-zip'],
  },
  {
    name: 'odd-names.tar',
    what: 'names with invalid UTF-8 bytes, an escape sequence and a newline, a 300-character name',
    outcome: 'all read as labels (bad bytes become U+FFFD); the pods in them are found',
    make: async (dir) => {
      const p = join(dir, 'odd-names.tar');
      const raw = rawTar([
        { name: Buffer.from([0x70, 0x6f, 0x64, 0x73, 0xff, 0xfe, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]), data: Buffer.from(pods('latin-name')) },
      ]);
      const rest = await tarBuffer([
        { name: ESC_NAME, data: 'plain text\n' },
        { name: `${'d/'.repeat(150)}deep.json`, data: pods('long-name') },
      ]);
      writeFileSync(p, Buffer.concat([raw.subarray(0, raw.length - 1024), rest]));
      return p;
    },
    exit: [1],
    pods: ['latin-name', 'long-name'],
  },
  {
    name: 'links.tgz',
    what: 'a symlink named like a pod list pointing to /etc/passwd, a hard link, a link to a directory outside',
    outcome: 'links recorded as not followed (the report appendix lists them); nothing outside the archive read',
    make: async (dir) => {
      const p = join(dir, 'links.tgz');
      writeFileSync(p, gzipSync(await tarBuffer([
        { name: 'cluster-resources/pods/real.json', data: pods('real-pod') },
        { name: 'cluster-resources/pods/default.json', type: 'symlink', linkname: '/etc/passwd' },
        { name: 'cluster-resources/pods/hard.json', type: 'link', linkname: '../../../../etc/shadow' },
        { name: 'host', type: 'symlink', linkname: '/' },
      ])));
      return p;
    },
    exit: [1],
    pods: ['real-pod'],
    absent: ['root:x:0:0'],
  },
  {
    name: 'dir-with-links',
    what: 'a directory whose pod list is a symlink to a file outside it, and a symlink to a directory outside it',
    outcome: 'links not followed: the outside pods are never read',
    make: (dir, outside) => {
      const secretDir = join(outside, 'elsewhere');
      mkdirSync(secretDir, { recursive: true });
      writeFileSync(join(secretDir, 'pods.json'), pods('outside-pod'));
      const root = join(dir, 'dir-with-links');
      mkdirSync(join(root, 'cluster-resources', 'pods'), { recursive: true });
      writeFileSync(join(root, 'cluster-resources', 'pods', 'shop.json'), pods('inside-pod'));
      symlinkSync(join(secretDir, 'pods.json'), join(root, 'cluster-resources', 'pods', 'default.json'));
      symlinkSync(secretDir, join(root, 'more'));
      return root;
    },
    exit: [1],
    pods: ['inside-pod'],
    absent: ['outside-pod'],
  },
  {
    name: 'truncated.tgz',
    what: 'a tar.gz cut in the middle of its third member',
    outcome: 'the pod before the cut is found; one gap says where it was cut',
    make: async (dir) => {
      const whole = gzipSync(await beforeAndAfter());
      const p = join(dir, 'truncated.tgz');
      writeFileSync(p, whole.subarray(0, Math.floor(whole.length * 0.6)));
      return p;
    },
    exit: [1],
    pods: ['before-damage'],
    absent: ['after-damage'],
    gaps: [/^truncated\.tgz: archive is truncated (inside|after) 'filler-\d\.log'/],
  },
  {
    name: 'truncated.tar',
    what: 'a plain tar cut in the middle of a member',
    outcome: 'the pod before the cut is found; one gap',
    make: async (dir) => {
      const whole = await beforeAndAfter();
      const p = join(dir, 'truncated.tar');
      writeFileSync(p, whole.subarray(0, Math.floor(whole.length * 0.6)));
      return p;
    },
    exit: [1],
    pods: ['before-damage'],
    gaps: [/^truncated\.tar: archive is truncated inside 'filler-\d\.log'/],
  },
  {
    name: 'truncated.zip',
    what: 'a zip cut short: its central directory (at the end) is gone',
    outcome: 'the members before the cut are read from their local headers; a gap says the rest is lost',
    make: (dir) => {
      const whole = writeZip([
        { name: 'cluster-resources/pods/before.json', data: pods('before-damage') },
        { name: 'filler-1.log', data: filler(1) },
        { name: 'filler-2.log', data: filler(2) },
        { name: 'cluster-resources/pods/after.json', data: pods('after-damage') },
      ]);
      const p = join(dir, 'truncated.zip');
      writeFileSync(p, whole.subarray(0, Math.floor(whole.length * 0.6)));
      return p;
    },
    exit: [1],
    pods: ['before-damage'],
    gaps: [/^truncated\.zip: .*(truncated|central directory)/],
  },
  {
    name: 'truncated.json.gz',
    what: 'a gzip file cut short',
    outcome: 'what decompressed is read (the pod list at its start); a gap says how much was read',
    make: (dir) => {
      const whole = gzipSync(Buffer.concat([Buffer.from(pods('gz-pod')), Buffer.from(filler(3))]));
      const p = join(dir, 'truncated.json.gz');
      writeFileSync(p, whole.subarray(0, Math.floor(whole.length * 0.5)));
      return p;
    },
    exit: [1],
    pods: ['gz-pod'],
    gaps: [/truncated\.json\.gz: compressed data is truncated; only the first \d+ bytes were read/],
  },
  {
    name: 'garbage.tgz',
    what: 'random bytes named .tgz',
    outcome: 'not an archive: listed as binary, not read; exit 0',
    make: (dir) => {
      const p = join(dir, 'garbage.tgz');
      writeFileSync(p, noise(7, 64 * 1024));
      return p;
    },
    exit: [0],
  },
  {
    name: 'garbage-after-gzip-magic.tgz',
    what: 'gzip magic bytes followed by garbage',
    outcome: 'a gap: the archive is damaged before its first entry; exit 0',
    make: (dir) => {
      const p = join(dir, 'garbage-after-gzip-magic.tgz');
      writeFileSync(p, Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), noise(8, 4096)]));
      return p;
    },
    exit: [0],
    gaps: [/garbage-after-gzip-magic\.tgz/],
  },
  {
    name: 'not-a-zip.zip',
    what: 'text named .zip',
    outcome: 'a gap: not a readable zip; exit 0',
    make: (dir) => {
      const p = join(dir, 'not-a-zip.zip');
      writeFileSync(p, 'hello, I am not a zip\n');
      return p;
    },
    exit: [0],
    gaps: [/not-a-zip\.zip: not a readable zip archive/],
  },
  {
    name: 'gzip-bomb.tgz',
    what: '256 MiB of zeros in a tar.gz of 256 KiB (ratio about 1000:1)',
    outcome: 'stopped at the ratio limit with a gap, in well under a second of inflating',
    make: async (dir) => {
      const p = join(dir, 'gzip-bomb.tgz');
      const pack = await tarBuffer([{ name: 'cluster-resources/pods/ok.json', data: pods('before-bomb') }]);
      // the tar header, then zeros: built by gzipping pieces into one member would be slower than this
      const zeros = Buffer.alloc(256 * 1024 * 1024);
      const header = (await tarBuffer([{ name: 'zeros.bin', data: Buffer.alloc(0) }])).subarray(0, 512);
      header.write((zeros.length).toString(8).padStart(11, '0') + '\0', 124, 'latin1');
      header.fill(0x20, 148, 156);
      let sum = 0;
      for (const b of header) sum += b;
      header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
      writeFileSync(p, gzipSync(Buffer.concat([pack.subarray(0, pack.length - 1024), header, zeros, Buffer.alloc(1024)]), { level: 9 }));
      return p;
    },
    args: ['--max-ratio', '200'],
    exit: [1],
    pods: ['before-bomb'],
    gaps: [/decompression bomb/],
  },
  {
    name: 'zip-bomb.zip',
    what: "a zip member of 64 MiB of 'a' deflated to 64 KiB, beside a normal member",
    outcome: 'that member stops at the ratio limit with a gap; the other member is read',
    make: (dir) => {
      const p = join(dir, 'zip-bomb.zip');
      writeFileSync(p, writeZip([
        { name: 'bomb.log', data: Buffer.alloc(64 * 1024 * 1024, 'a') },
        { name: 'cluster-resources/pods/ok.json', data: pods('beside-bomb') },
      ]));
      return p;
    },
    args: ['--max-ratio', '100'],
    exit: [1],
    pods: ['beside-bomb'],
    gaps: [/bomb\.log: .*decompression bomb/],
  },
  {
    name: 'overlap-bomb.zip',
    what: '300 zip entries sharing one 1 MiB member deflated to 1 KiB: each within the ratio limit, 300 MiB together',
    outcome: 'stopped when the whole input expands past --max-ratio times its size, with a gap',
    make: (dir) => {
      const p = join(dir, 'overlap-bomb.zip');
      writeFileSync(p, overlappingZip(300, Buffer.alloc(1024 * 1024, 'a')));
      return p;
    },
    exit: [0],
    gaps: [/^overlap-bomb\.zip: its files expand to more than 1000 times its size \(a possible decompression bomb\); reading stopped in 'logs\/copy-\d+\.log'$/],
  },
  {
    name: 'nested-deep.tgz',
    what: 'a pod list inside 7 levels of tar.gz',
    outcome: 'archives past --max-depth are not opened: a gap names the level',
    make: async (dir) => {
      const p = join(dir, 'nested-deep.tgz');
      const leaf = await tarBuffer([{ name: 'pods.json', data: pods('too-deep') }]);
      writeFileSync(p, await nested(7, leaf));
      return p;
    },
    exit: [0],
    absent: ['too-deep'],
    gaps: [/nested archive not opened: it is \d+ archives deep and the limit is 4/],
  },
  {
    name: 'nested-deep-allowed.tgz',
    what: 'the same nesting, with --max-depth 10',
    outcome: 'read through: the pod is found',
    make: async (dir) => {
      const p = join(dir, 'nested-deep-allowed.tgz');
      const leaf = await tarBuffer([{ name: 'pods.json', data: pods('deep-but-allowed') }]);
      writeFileSync(p, await nested(7, leaf));
      return p;
    },
    args: ['--max-depth', '10'],
    exit: [1],
    pods: ['deep-but-allowed'],
  },
  {
    name: 'many-entries.tar',
    what: '3000 empty files, read with --max-entries 1000',
    outcome: 'stops at 1000 entries with a gap; the pod list before it is read',
    make: async (dir) => {
      const p = join(dir, 'many-entries.tar');
      writeFileSync(p, await tarBuffer([
        { name: 'pods.json', data: pods('first-entry') },
        ...Array.from({ length: 3000 }, (_, i) => ({ name: `empty/${i}.txt`, data: '' })),
      ]));
      return p;
    },
    args: ['--max-entries', '1000'],
    exit: [1],
    pods: ['first-entry'],
    gaps: [/more than 1000 entries; reading stopped at 'empty\/\d+\.txt'/],
  },
  {
    name: 'many-bytes.tgz',
    what: 'a pod list, then 2 MiB of logs, read with --max-bytes 1M',
    outcome: 'stops at 1 MiB with a gap; the pod list before it is read',
    make: async (dir) => {
      const p = join(dir, 'many-bytes.tgz');
      writeFileSync(p, gzipSync(await tarBuffer([
        { name: 'pods.json', data: pods('small-first') },
        { name: 'big.log', data: Buffer.from(noise(9, 2 * 1024 * 1024).toString('hex')) },
      ])));
      return p;
    },
    args: ['--max-bytes', '1M'],
    exit: [1],
    pods: ['small-first'],
    gaps: [/more than 1048576 bytes of decompressed data; reading stopped in 'big\.log'/],
  },
  {
    name: 'empty.tgz',
    what: 'a zero-byte file named .tgz',
    outcome: 'nothing to read; exit 0',
    make: (dir) => {
      const p = join(dir, 'empty.tgz');
      writeFileSync(p, '');
      return p;
    },
    exit: [0],
  },
  {
    name: 'empty.zip',
    what: 'a zip with no members (only its end record)',
    outcome: 'nothing to read; exit 0, no gap',
    make: (dir) => {
      const p = join(dir, 'empty.zip');
      writeFileSync(p, writeZip([]));
      return p;
    },
    exit: [0],
  },
  {
    name: 'empty-dir',
    what: 'an empty directory',
    outcome: 'nothing to read; exit 0',
    make: (dir) => {
      const p = join(dir, 'empty-dir');
      mkdirSync(p);
      return p;
    },
    exit: [0],
  },
  {
    name: 'missing.tgz',
    what: 'a path that does not exist',
    outcome: 'exit 2 with one line on stderr',
    make: (dir) => join(dir, 'missing.tgz'),
    exit: [2],
  },

  // ---- parser safety --------------------------------------------------------------------------
  {
    name: 'utf16',
    what: 'a pod list in UTF-16LE with a BOM, a describe dump in UTF-16BE with a BOM, a pod list in UTF-16LE without a BOM',
    outcome: 'decoded as UTF-16: all three pods found',
    make: (dir) => {
      const root = join(dir, 'utf16');
      mkdirSync(root);
      const le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
      const be = (s: string) => {
        const b = Buffer.from(s, 'utf16le');
        b.swap16();
        return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
      };
      writeFileSync(join(root, 'pods-le.json'), le(pods('utf16le-pod')));
      writeFileSync(join(root, 'pods-nobom.json'), Buffer.from(pods('utf16-nobom-pod'), 'utf16le'));
      writeFileSync(join(root, 'describe.txt'), be([
        'Name:             utf16be-pod',
        'Namespace:        shop',
        'Node:             node-1/10.0.0.1',
        'Status:           Pending',
        'Containers:',
        '  web:',
        '    Image:          registry.example.com/shop/web:1.4.2',
        '    State:          Waiting',
        '      Reason:       ImagePullBackOff',
        '    Ready:          False',
        '    Restart Count:  0',
        'Events:           <none>',
        '',
      ].join('\r\n')));
      return root;
    },
    exit: [1],
    pods: ['utf16le-pod', 'utf16-nobom-pod', 'utf16be-pod'],
  },
  {
    name: 'bad-bytes',
    what: 'invalid UTF-8 in a pod name, a binary file named pods.json, CRLF YAML, empty and blank files, NULs in a log',
    outcome: 'invalid bytes become U+FFFD; the binary file is listed, not read; CRLF read; empty files are nothing',
    make: (dir) => {
      const root = join(dir, 'bad-bytes');
      mkdirSync(join(root, 'cluster-resources', 'pods', 'logs', 'shop', 'crlf-pod', ), { recursive: true });
      const [head, tail] = pods('bad-utf8-pod').split('Back-off');
      writeFileSync(join(root, 'invalid-utf8.json'), Buffer.concat([Buffer.from(head!), Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]), Buffer.from(`Back-off${tail!}`)]));
      writeFileSync(join(root, 'broken-name.json'), Buffer.concat([
        Buffer.from('{"kind":"Pod","metadata":{"name":"x\xff\xfe'),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
        Buffer.from('"},"status":{"phase":"Running"}}\n'),
      ]));
      writeFileSync(join(root, 'pods.json'), Buffer.concat([Buffer.from('{"kind":"PodList"'), Buffer.from([0, 1, 2, 3, 0xff, 0]), noise(10, 2000)]));
      writeFileSync(join(root, 'crlf.yaml'), [
        'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: crlf-pod', '  namespace: shop', 'spec:', '  containers:',
        '  - name: app', '    image: busybox', 'status:', '  phase: Running', '  containerStatuses:', '  - name: app',
        '    ready: false', '    restartCount: 9', '    state:', '      waiting:', '        reason: CrashLoopBackOff', '',
      ].join('\r\n'));
      writeFileSync(join(root, 'cluster-resources', 'pods', 'logs', 'shop', 'crlf-pod', 'app.log'), Buffer.concat([
        Buffer.alloc(2048), Buffer.from('starting\r\nfatal: config not found\r\n'),
      ]));
      writeFileSync(join(root, 'empty.json'), '');
      writeFileSync(join(root, 'empty.yaml'), '');
      writeFileSync(join(root, 'blank.json'), '\n\n   \n');
      writeFileSync(join(root, 'nul.log'), Buffer.alloc(4096));
      return root;
    },
    exit: [1],
    pods: ['bad-utf8-pod', 'crlf-pod'],
    check: (o) => {
      if (!o.report!['cluster'] || o.report!['cluster'].pods < 3) throw new Error(`expected 3 pods, got ${o.report!['cluster']?.pods}`);
    },
  },
  {
    name: 'yaml-bombs',
    what: 'a billion-laughs YAML alias bomb, 100k nested flow sequences, 100k nested flow maps',
    outcome: 'each is a gap; the pod beside them is read',
    make: (dir) => {
      const root = join(dir, 'yaml-bombs');
      mkdirSync(root);
      const lol = ['apiVersion: v1', 'kind: List', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (const [x, y] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
        lol.push(`${x}: &${x} [${Array(9).fill(`*${y}`).join(',')}]`);
      }
      lol.push('items: [*i]', '');
      writeFileSync(join(root, 'bomb.yaml'), lol.join('\n'));
      writeFileSync(join(root, 'deep-seq.yaml'), `apiVersion: v1\nkind: List\nitems:\n- ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
      writeFileSync(join(root, 'deep-map.yaml'), `apiVersion: v1\nkind: List\nitems:\n- ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`);
      writeFileSync(join(root, 'pods.json'), pods('beside-yaml-bombs'));
      return root;
    },
    exit: [1],
    pods: ['beside-yaml-bombs'],
    gaps: [/bomb\.yaml: invalid YAML: .*alias/i, /deep-seq\.yaml: invalid YAML: nested too deeply/, /deep-map\.yaml: invalid YAML: nested too deeply/],
  },
  {
    name: 'json-deep',
    what: "100k '[' (unclosed), 100k balanced '[]', an object nested 100k deep inside a pod",
    outcome: 'a gap for the unclosed one; the deep values are dropped; the pod is read',
    make: (dir) => {
      const root = join(dir, 'json-deep');
      mkdirSync(root);
      writeFileSync(join(root, 'open.json'), '['.repeat(100_000));
      writeFileSync(join(root, 'balanced.json'), '['.repeat(100_000) + ']'.repeat(100_000));
      const pod = JSON.stringify(failingPod('deep-annotation-pod'));
      writeFileSync(join(root, 'pod.json'), pod.replace('"spec":', `"deep":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"spec":`));
      return root;
    },
    exit: [1],
    pods: ['deep-annotation-pod'],
    gaps: [/open\.json:1: JSON document starting here ends before it is complete/],
  },
  {
    name: 'many-closers.json',
    what: "a bare list of 60000 objects, each closing with '}' at column 0 where a pretty-printed document would end",
    outcome: 'read in linear time (not one parse per closing line): the pod at the end is found',
    make: (dir) => {
      const p = join(dir, 'many-closers.json');
      writeFileSync(p, `[\n${'{\n"a": 1\n}\n,\n'.repeat(60_000)}${JSON.stringify(failingPod('after-many-closers'))}\n]\n`);
      return p;
    },
    exit: [1],
    pods: ['after-many-closers'],
  },
  {
    name: 'unclosed-closers.json',
    what: "an unclosed list of 60000 objects closing at column 0 (the file ends inside the document)",
    outcome: 'read in linear time; a gap says the document is incomplete',
    make: (dir) => {
      const p = join(dir, 'unclosed-closers.json');
      writeFileSync(p, `[\n${'{\n}\n'.repeat(60_000)}`);
      return p;
    },
    exit: [0],
    gaps: [/^unclosed-closers\.json:1: JSON document starting here ends before it is complete/],
  },
  {
    name: 'proto-keys.json',
    what: 'keys __proto__, constructor, prototype at every level of a pod',
    outcome: 'plain data: the pod is read, nothing is polluted',
    make: (dir) => {
      const p = join(dir, 'proto-keys.json');
      writeFileSync(p, JSON.stringify(failingPod('proto-pod')).replace(/\{"/g, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"'));
      return p;
    },
    exit: [1],
    pods: ['proto-pod'],
  },
  {
    name: 'wrong-shapes.json',
    what: 'objects of unexpected shape: containers "x", restartCount "many", status [], metadata a list, a name that is an object, nulls, numbers and lists as items',
    outcome: 'each odd object gives a partial record or is skipped; the well-formed pod is read',
    make: (dir) => {
      const p = join(dir, 'wrong-shapes.json');
      const good = failingPod('well-formed');
      writeFileSync(p, JSON.stringify({
        kind: 'PodList',
        items: [
          { kind: 'Pod', metadata: { name: 'a', namespace: 'n' }, spec: { containers: 'x' }, status: { containerStatuses: [{ name: 'c', restartCount: 'many', state: { waiting: { reason: 'CrashLoopBackOff' } } }] } },
          { kind: 'Pod', metadata: { name: 'b' }, status: [] },
          { kind: 'Pod', metadata: ['x'] },
          { kind: 'Pod', metadata: { name: { nested: true }, namespace: 7 }, spec: null, status: 'Running' },
          { kind: 'Pod', metadata: { name: 'c' }, spec: { containers: [null, 1, 'x', { name: ['y'] }] }, status: { containerStatuses: { name: 'z' }, conditions: 'Ready', phase: 5 } },
          { kind: 'Event', reason: ['x'], message: { a: 1 }, involvedObject: 'pod', count: 'many', firstTimestamp: 12 },
          { kind: 'Node', metadata: { name: 'n1' }, status: { conditions: [null, 'x', { type: 5 }], capacity: [], addresses: 'x' } },
          null, 5, 'str', [], [[[]]],
          good,
        ],
      }));
      return p;
    },
    exit: [1],
    pods: ['well-formed'],
  },
  {
    name: 'items-not-a-list.yaml',
    what: 'a List whose items is a mapping, then a document that is a bare string, then a pod',
    outcome: 'the odd documents are skipped; the pod is read',
    make: (dir) => {
      const p = join(dir, 'items-not-a-list.yaml');
      writeFileSync(p, [
        'apiVersion: v1', 'kind: List', 'items:', '  a: 1', '---', 'just a string', '---',
        'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: yaml-pod', 'status:', '  phase: Running',
        '  containerStatuses:', '  - name: app', '    restartCount: 3', '    state:', '      waiting:', '        reason: CrashLoopBackOff', '',
      ].join('\n'));
      return p;
    },
    exit: [1],
    pods: ['yaml-pod'],
  },
  {
    name: 'truncated-json',
    what: 'a pod list cut in the middle of its second pod; JSON with a syntax error; a single-line 1 MiB document',
    outcome: 'gaps for the cut and the broken documents; the one-line document is read',
    make: (dir) => {
      const root = join(dir, 'truncated-json');
      mkdirSync(root);
      const whole = pods('cut-1', 'cut-2');
      writeFileSync(join(root, 'cut.json'), whole.slice(0, Math.floor(whole.length * 0.7)));
      writeFileSync(join(root, 'syntax.json'), '{"kind":"PodList","items":[{"password": "hunter2-in-a-broken-file" x}]}\n');
      const big = failingPod('one-line-pod');
      (big['metadata'] as Record<string, unknown>)['annotations'] = { blob: 'x'.repeat(1024 * 1024) };
      writeFileSync(join(root, 'one-line.json'), JSON.stringify({ kind: 'PodList', items: [big] }));
      return root;
    },
    exit: [1],
    pods: ['one-line-pod'],
    absent: ['hunter2-in-a-broken-file'],
    gaps: [/cut\.json:1: JSON document starting here ends before it is complete/, /syntax\.json:1: invalid JSON/],
  },
  {
    name: 'binary-named-text',
    what: 'random bytes named kubelet.log, events.json, describe.txt, and an ELF header named pods.yaml',
    outcome: 'listed as binary, not read; exit 0',
    make: (dir) => {
      const root = join(dir, 'binary-named-text');
      mkdirSync(root);
      writeFileSync(join(root, 'kubelet.log'), noise(11, 8192));
      writeFileSync(join(root, 'events.json'), noise(12, 8192));
      writeFileSync(join(root, 'describe.txt'), noise(13, 8192));
      writeFileSync(join(root, 'pods.yaml'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), noise(14, 8192)]));
      return root;
    },
    exit: [0],
  },

  // ---- output safety --------------------------------------------------------------------------
  {
    name: 'escape-sequences',
    what: 'terminal escape sequences and control characters in pod, container and node names, messages, file names and log lines',
    outcome: 'shown without a single control character in text output',
    make: (dir) => {
      const root = join(dir, 'escape-sequences');
      const evil = '\u001b]0;pwned\u0007\u001b[2J\u001b[31m\u009b1m\r\b\u202e';
      mkdirSync(join(root, 'cluster-resources', 'pods', 'logs', 'shop', 'esc-pod'), { recursive: true });
      const pod = failingPod('esc-pod', { message: `Back-off pulling image ${evil}"registry.example.com/shop/web:1.4.2"` });
      (pod['spec'] as any).nodeName = `node-1${evil}`;
      (pod['status'] as any).containerStatuses[0].name = `web${evil}`;
      (pod['spec'] as any).containers[0].name = `web${evil}`;
      writeFileSync(join(root, 'cluster-resources', 'pods', `shop${evil.replace(/\//g, '')}.json`), podList(pod));
      writeFileSync(join(root, 'broken\u001b[2J.json'), '{"kind":');
      return root;
    },
    args: ['--format', 'text', '-o', '-'],
    exit: [1],
    check: (o) => {
      const bad = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(o.stdout);
      if (bad) throw new Error(`control character U+${bad[0].charCodeAt(0).toString(16)} in text output near: ${JSON.stringify(o.stdout.slice(Math.max(0, bad.index - 40), bad.index + 40))}`);
      if (!o.stdout.includes('esc-pod')) throw new Error('the pod is not in the text output');
    },
  },
];

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read-input.js';
import { DEFAULT_LIMITS } from '../../src/ingest/types.js';
import { collect, newSummary, scratch, tarBuffer } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';

const tmp = scratch();
afterAll(() => tmp.remove());

describe('links are recorded, never followed', () => {
  it('tar symlink and hard link', async () => {
    const path = tmp.file('links.tgz', gzipSync(await tarBuffer([
      { name: 'logs/real.log', data: 'real' },
      { name: 'logs/soft.log', type: 'symlink', linkname: '../../../etc/shadow' },
      { name: 'logs/hard.log', type: 'link', linkname: 'logs/real.log' },
    ])));
    const { entries, summary } = await collect(path);
    expect(entries).toEqual([
      { path: 'logs/real.log', type: 'file', text: 'real' },
      { path: 'logs/soft.log', type: 'symlink', linkTarget: '../../../etc/shadow' },
      { path: 'logs/hard.log', type: 'hardlink', linkTarget: 'logs/real.log' },
    ]);
    expect(summary.links).toEqual([
      { path: 'logs/soft.log', target: '../../../etc/shadow', type: 'symlink' },
      { path: 'logs/hard.log', target: 'logs/real.log', type: 'hardlink' },
    ]);
    expect(summary.files).toBe(1);
  });

  it('a link entry cannot be opened', async () => {
    const path = tmp.file('one-link.tar', await tarBuffer([{ name: 'l', type: 'symlink', linkname: '/etc/passwd' }]));
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      expect(() => entry.open()).toThrow(/no content/);
    }
  });

  it('zip symlink (Unix mode) is recorded with its target', async () => {
    const path = tmp.file('links.zip', writeZip([
      { name: 'a.txt', data: 'A' },
      { name: 'to-a', data: 'a.txt', mode: 0o120777 },
    ]));
    const { entries, summary } = await collect(path);
    expect(entries).toEqual([
      { path: 'a.txt', type: 'file', text: 'A' },
      { path: 'to-a', type: 'symlink', linkTarget: 'a.txt' },
    ]);
    expect(summary.links).toEqual([{ path: 'to-a', target: 'a.txt', type: 'symlink' }]);
  });

  it('directory: symlinks to a file and a directory outside are not read or descended', async () => {
    const outside = scratch();
    try {
      outside.file('secret.txt', 'TOP SECRET');
      mkdirSync(join(outside.dir, 'sub'));
      writeFileSync(join(outside.dir, 'sub', 'also-secret.txt'), 'TOP SECRET');
      const dir = join(tmp.dir, 'with-links');
      mkdirSync(dir);
      writeFileSync(join(dir, 'ok.txt'), 'ok');
      symlinkSync(join(outside.dir, 'secret.txt'), join(dir, 'file-link'));
      symlinkSync(join(outside.dir, 'sub'), join(dir, 'dir-link'));
      const { entries, summary } = await collect(dir);
      expect(entries).toEqual([
        { path: 'dir-link', type: 'symlink', linkTarget: join(outside.dir, 'sub') },
        { path: 'file-link', type: 'symlink', linkTarget: join(outside.dir, 'secret.txt') },
        { path: 'ok.txt', type: 'file', text: 'ok' },
      ]);
      expect(JSON.stringify(entries)).not.toContain('TOP SECRET');
      expect(summary.links.map((l) => l.path)).toEqual(['dir-link', 'file-link']);
      expect(summary.bytes).toBe(2);
    } finally {
      outside.remove();
    }
  });

  it('directory: a FIFO is listed as "other" and never opened (opening it would hang)', async () => {
    const dir = join(tmp.dir, 'with-fifo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'a');
    try {
      execFileSync('mkfifo', [join(dir, 'pipe')]);
    } catch {
      return; // no mkfifo here: nothing to check
    }
    const { entries, summary } = await collect(dir);
    expect(entries).toEqual([
      { path: 'a.txt', type: 'file', text: 'a' },
      { path: 'pipe', type: 'other' },
    ]);
    expect(summary.files).toBe(1);
  });
});

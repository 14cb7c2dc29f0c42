import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch, tarBuffer } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';

const tmp = scratch();
afterAll(() => tmp.remove());

const LOG = 'Sep 01 10:00:00 node-1 kubelet[1]: Error syncing pod\n';

/** A cluster tar holding a per-node tar.gz that holds a gzipped kubelet journal. */
async function clusterTar(): Promise<string> {
  const node = gzipSync(await tarBuffer([
    { name: 'var/log/kubelet.log.gz', data: gzipSync(LOG) },
    { name: 'var/log/dmesg', data: 'oom\n' },
  ]));
  return tmp.file('cluster.tar', await tarBuffer([
    { name: 'cluster/pods.yaml', data: 'kind: PodList\n' },
    { name: 'nodes/node-1.tar.gz', data: node },
    { name: 'zz-after.txt', data: 'after' },
  ]));
}

describe('nested archives', () => {
  it("expands tar > tar.gz > .gz with '!/' paths", async () => {
    const { entries, summary } = await collect(await clusterTar());
    expect(entries).toEqual([
      { path: 'cluster/pods.yaml', type: 'file', text: 'kind: PodList\n' },
      { path: 'nodes/node-1.tar.gz!/var/log/kubelet.log.gz', type: 'file', text: LOG, gunzipped: true },
      { path: 'nodes/node-1.tar.gz!/var/log/dmesg', type: 'file', text: 'oom\n' },
      { path: 'zz-after.txt', type: 'file', text: 'after' },
    ]);
    expect(summary.gaps).toEqual([]);
    expect(summary.files).toBe(5); // four leaves and the nested archive itself
  });

  it('does not open a nested archive deeper than maxDepth, says so, and reads on', async () => {
    const { entries, summary } = await collect(await clusterTar(), { limits: { maxDepth: 0 } });
    expect(entries.map((e) => e.path)).toEqual(['cluster/pods.yaml', 'zz-after.txt']);
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]!.missing).toMatch(/nodes\/node-1\.tar\.gz: nested archive not opened.*limit is 0/);
  });

  it('reads a zip inside a tar', async () => {
    const zip = writeZip([{ name: 'logs/containerd.log', data: 'containerd up\n' }]);
    const path = tmp.file('with-zip.tar', await tarBuffer([
      { name: 'sos/node-2.zip', data: zip },
      { name: 'after.txt', data: 'after' },
    ]));
    const { entries, summary } = await collect(path);
    expect(entries).toEqual([
      { path: 'sos/node-2.zip!/logs/containerd.log', type: 'file', text: 'containerd up\n' },
      { path: 'after.txt', type: 'file', text: 'after' },
    ]);
    expect(summary.gaps).toEqual([]);
  });

  it('skips a nested zip larger than maxBufferedZipBytes with a gap', async () => {
    const zip = writeZip([{ name: 'big.log', data: 'x'.repeat(10_000), method: 'store' }]);
    const path = tmp.file('big-zip.tar', await tarBuffer([
      { name: 'sos/node-2.zip', data: zip },
      { name: 'after.txt', data: 'after' },
    ]));
    const { entries, summary } = await collect(path, { limits: { maxBufferedZipBytes: 1000 } });
    expect(entries.map((e) => e.path)).toEqual(['after.txt']);
    expect(summary.gaps.map((g) => g.missing)).toEqual([
      expect.stringMatching(/^sos\/node-2\.zip: zip archive of \d+ bytes .* larger than the 1000-byte limit/),
    ]);
  });

  it('reads a tar.gz inside a zip and inside a directory', async () => {
    const inner = gzipSync(await tarBuffer([{ name: 'kubelet.log', data: LOG }]));
    const zipPath = tmp.file('outer.zip', writeZip([{ name: 'nodes/n1.tgz', data: inner, method: 'store' }]));
    const fromZip = await collect(zipPath);
    expect(fromZip.entries).toEqual([{ path: 'nodes/n1.tgz!/kubelet.log', type: 'file', text: LOG }]);
    expect(fromZip.summary.gaps).toEqual([]);

    const dir = scratch();
    try {
      dir.file('n1.tgz', inner);
      const fromDir = await collect(dir.dir);
      expect(fromDir.entries).toEqual([{ path: 'n1.tgz!/kubelet.log', type: 'file', text: LOG }]);
    } finally {
      dir.remove();
    }
  });

  it('a .gz member damaged from its start: not handed out, a gap, the archive goes on', async () => {
    const bad = gzipSync(LOG.repeat(50));
    bad.fill(0x55, 20, 60); // damage the deflate data, keep the gzip magic
    const path = tmp.file('bad-member.tar', await tarBuffer([
      { name: 'kubelet.gz', data: bad },
      { name: 'after.txt', data: 'after' },
    ]));
    const { entries, summary } = await collect(path);
    expect(entries).toEqual([{ path: 'after.txt', type: 'file', text: 'after' }]);
    expect(summary.gaps.map((g) => g.missing)).toEqual([
      expect.stringMatching(/^kubelet\.gz: could not be read \(.+\); nothing could be read$/),
    ]);
  });

  it('a .gz member damaged half-way: handed out incomplete, a gap, the archive goes on', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n');
    const bad = gzipSync(text);
    bad.fill(0x55, Math.floor(bad.length / 2), Math.floor(bad.length / 2) + 64);
    const path = tmp.file('half-bad-member.tar', await tarBuffer([
      { name: 'kubelet.gz', data: bad },
      { name: 'after.txt', data: 'after' },
    ]));
    const { entries, summary } = await collect(path);
    expect(entries.map((e) => [e.path, e.incomplete ?? false])).toEqual([['kubelet.gz', true], ['after.txt', false]]);
    // what comes before the damage is the real text (deflate may emit some garbage after it)
    expect(entries[0]!.text!.slice(0, 1000)).toBe(text.slice(0, 1000));
    expect(summary.gaps.map((g) => g.missing)).toEqual([
      expect.stringMatching(/^kubelet\.gz: .*; only the first \d+ bytes were read$/),
    ]);
  });
});

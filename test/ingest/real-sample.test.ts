import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../helpers/ingest-fixtures.js';

const SAMPLE = '/work/shared/real-samples/troubleshoot-baseline-2025.tar.gz';

describe('real troubleshoot bundle', () => {
  it.skipIf(!existsSync(SAMPLE))('has 147 files and 2 symlinks under supportbundle/', async () => {
    const { entries, summary } = await collect(SAMPLE, { read: 'none' });
    expect(entries.every((e) => e.path.startsWith('supportbundle/'))).toBe(true);
    // The two `archive.tar` files are empty tars: they count as files of the bundle, and are
    // expanded (to nothing), so 145 file entries come out.
    expect(summary.files).toBe(147);
    expect(entries.filter((e) => e.type === 'file')).toHaveLength(145);
    expect(entries.filter((e) => e.type === 'symlink').map((e) => e.path).sort()).toEqual([
      'supportbundle/run-example/run-example.log',
      'supportbundle/run-pod-example/run-pod-example.log',
    ]);
    expect(summary.links).toHaveLength(2);
    expect(summary.links.every((l) => l.target.startsWith('../cluster-resources/pods/logs/'))).toBe(true);
    expect(summary.gaps).toEqual([]);
  });
});

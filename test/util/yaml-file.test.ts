/**
 * The build's cache of parsed knowledge files must give exactly what parsing gives, and never an
 * old document for a changed file.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKnowledgeYaml, readYamlFile, textKey } from '../../src/util/yaml-file.js';
import { BUILTIN_DIR } from '../../src/explain/knowledge-base.js';

const dir = mkdtempSync(join(tmpdir(), 'pm-yaml-'));
const cacheFile = join(dir, 'cache.json');
const yamlFile = join(dir, 'entry.yaml');

describe('readYamlFile', () => {
  it('takes the document from the cache when the text is there', () => {
    const text = 'id: a\nsummary: { en: real }\n';
    writeFileSync(yamlFile, text);
    // a cached document that differs from the text proves the cache was used
    writeFileSync(cacheFile, JSON.stringify({ version: 1, documents: { [textKey(text)]: { id: 'from-cache' } } }));
    expect(readYamlFile(yamlFile, cacheFile)).toEqual({ id: 'from-cache' });
  });

  it('parses a file whose text is not in the cache (edited since the build)', () => {
    writeFileSync(yamlFile, 'id: edited\n');
    writeFileSync(cacheFile, JSON.stringify({ version: 1, documents: { [textKey('id: before\n')]: { id: 'before' } } }));
    expect(readYamlFile(yamlFile, cacheFile)).toEqual({ id: 'edited' });
  });

  it.each([
    ['no cache file', null],
    ['a damaged cache', '{"version":1,"documents":'],
    ['another version', JSON.stringify({ version: 2, documents: {} })],
    ['documents of the wrong type', JSON.stringify({ version: 1, documents: 'x' })],
  ])('parses the file with %s', (_label, cache) => {
    writeFileSync(yamlFile, 'id: b\nlist: [1, 2]\n');
    const file = cache === null ? join(dir, 'absent.json') : cacheFile;
    if (cache !== null) writeFileSync(cacheFile, cache);
    expect(readYamlFile(yamlFile, file)).toEqual({ id: 'b', list: [1, 2] });
  });

  it('gives a fresh copy on every read', () => {
    const text = 'id: c\n';
    writeFileSync(yamlFile, text);
    writeFileSync(cacheFile, JSON.stringify({ version: 1, documents: { [textKey(text)]: { id: 'c', steps: ['x'] } } }));
    const first = readYamlFile(yamlFile, cacheFile) as { steps: string[] };
    first.steps.push('changed');
    expect(readYamlFile(yamlFile, cacheFile)).toEqual({ id: 'c', steps: ['x'] });
  });

  it('still refuses an alias bomb when it parses', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    writeFileSync(yamlFile, bomb);
    expect(() => readYamlFile(yamlFile, join(dir, 'absent.json'))).toThrow();
  });

  it('the built-in files parse to plain JSON data (what the cache can hold)', () => {
    const files = ['reasons', 'causes', 'signals'].flatMap((f) => readdirSync(join(BUILTIN_DIR, f)).map((n) => join(BUILTIN_DIR, f, n)));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const doc = readYamlFile(f, join(dir, 'absent.json'));
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    }
    expect(parseKnowledgeYaml('x: 1')).toEqual({ x: 1 });
  });
});

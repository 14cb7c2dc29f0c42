/**
 * Reads the knowledge base's YAML files. The `yaml` parser is thorough but slow to start: the
 * built-in knowledge base (~230 KB in 70 files) took ~290 ms of every run, a quarter of the time of
 * a small bundle. The build therefore parses the built-in files once and writes the documents to
 * dist/knowledge-cache.json, keyed by a hash of each file's text; a file whose text is not in the
 * cache (edited since the build, a user's rule pack, a run from the TypeScript sources) is parsed
 * as before. The cache can only be stale by missing, never by being wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { yaml } from './lazy.js';

/** Aliases allowed in one document: knowledge files need none, a crafted rule pack may hold a bomb. */
export const MAX_ALIASES = 50;

/** Where the build writes the cache (dist/knowledge-cache.json beside dist/util/). */
export const CACHE_FILE = fileURLToPath(new URL('../knowledge-cache.json', import.meta.url));

let cache: Map<string, string> | null = null;

export function textKey(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** The cache: hash of a file's text -> its document as JSON text. Empty when there is none. */
function loadCache(file: string): Map<string, string> {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; documents?: Record<string, unknown> };
    if (raw.version !== 1 || typeof raw.documents !== 'object' || raw.documents === null) return new Map();
    return new Map(Object.entries(raw.documents).map(([k, doc]) => [k, JSON.stringify(doc)]));
  } catch {
    return new Map();
  }
}

/** Parses YAML text (throws as `yaml` does on invalid text). */
export function parseKnowledgeYaml(text: string): unknown {
  return yaml().parse(text, { maxAliasCount: MAX_ALIASES });
}

/** The document of a knowledge YAML file, from the build's cache when its text is there. */
export function readYamlFile(path: string, cacheFile = CACHE_FILE): unknown {
  const text = readFileSync(path, 'utf8');
  if (cacheFile === CACHE_FILE) cache ??= loadCache(cacheFile);
  const documents = cacheFile === CACHE_FILE ? cache! : loadCache(cacheFile);
  const cached = documents.get(textKey(text));
  // a fresh copy each time: callers may keep and change what they get
  return cached !== undefined ? JSON.parse(cached) : parseKnowledgeYaml(text);
}

#!/usr/bin/env node
// Part of `npm run build`: parses the built-in knowledge base's YAML files once and writes their
// documents to dist/knowledge-cache.json, keyed by a hash of each file's text, so that a run does
// not spend ~290 ms in the YAML parser (src/util/yaml-file.ts reads it; a file edited since the
// build is simply not found there and is parsed as before).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_FILE, parseKnowledgeYaml, textKey } from '../dist/util/yaml-file.js';

const root = fileURLToPath(new URL('../src/knowledge/', import.meta.url));

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const documents = {};
for (const file of yamlFiles(root).sort()) {
  const text = readFileSync(file, 'utf8');
  // a file that does not parse is left out: the run parses it and reports the error itself
  try {
    documents[textKey(text)] = parseKnowledgeYaml(text);
  } catch {
    continue;
  }
}
writeFileSync(CACHE_FILE, JSON.stringify({ version: 1, documents }));
console.log(`knowledge cache: ${Object.keys(documents).length} documents -> ${CACHE_FILE}`);

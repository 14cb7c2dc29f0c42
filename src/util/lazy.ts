/**
 * Libraries loaded on first use rather than at start-up. Every run pays for what the command line
 * imports before it reads a byte: `yaml` (~50 ms) is only needed when a bundle holds YAML (or a
 * knowledge file is not in the build's cache), `handlebars` (~50 ms) only for an HTML report; a
 * small JSON bundle rendered as text needs neither. Both ship CommonJS builds, which `require`
 * loads synchronously, so their callers stay synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let yamlModule: typeof import('yaml') | null = null;
let handlebarsModule: typeof import('handlebars') | null = null;

export function yaml(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

export function handlebars(): typeof import('handlebars') {
  return (handlebarsModule ??= require('handlebars') as typeof import('handlebars'));
}

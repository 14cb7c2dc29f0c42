export * from './json-scan.js';
export * from './lines.js';

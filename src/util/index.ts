export * from './json-scan.js';
export * from './lines.js';
export * from './text-encoding.js';

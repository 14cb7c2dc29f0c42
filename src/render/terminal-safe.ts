/**
 * Neutralises control characters and escape sequences in bundle text before it reaches a
 * terminal: a log line must not be able to move the cursor, recolour, or retitle the window.
 */
// ESC-introduced sequences (CSI, OSC, ...) and the C1 equivalents, then any other control character but tab.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|[\u0080-\u009f]/g;
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;
// Bidirectional overrides and isolates reorder what is shown (a line can read as another), and the
// Unicode line and paragraph separators break lines: neither may come from the bundle.
const LAYOUT = /[\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function terminalSafe(text: string): string {
  return text
    .replace(ESCAPES, '')
    .replace(CONTROLS, (c) => (c === '\n' ? ' ' : '\uFFFD'))
    .replace(LAYOUT, (c) => (c === '\u2028' || c === '\u2029' ? ' ' : '\uFFFD'));
}

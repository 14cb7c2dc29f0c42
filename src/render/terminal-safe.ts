/**
 * Neutralises control characters and escape sequences in bundle text before it reaches a
 * terminal: a log line must not be able to move the cursor, recolour, or retitle the window.
 */
// ESC-introduced sequences (CSI, OSC, ...) and the C1 equivalents, then any other control character but tab.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|[\u0080-\u009f]/g;
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

export function terminalSafe(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, (c) => (c === '\n' ? ' ' : '\uFFFD'));
}

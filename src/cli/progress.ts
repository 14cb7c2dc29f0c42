/** A one-line progress indicator on stderr, only on a terminal, redrawn at most a few times a second. */
import type { WriteStream } from 'node:tty';
import { terminalSafe } from '../render/terminal-safe.js';

export class Progress {
  private last = 0;
  private shown = false;
  constructor(private readonly out: NodeJS.WriteStream | WriteStream, private readonly enabled: boolean) {}

  update(done: number, total: number, path: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
    const width = (this.out.columns ?? 80) - 20;
    const name = path.length > width ? '…' + path.slice(-(width - 1)) : path;
    this.out.write(`\r\u001b[K${String(pct).padStart(3)}% ${mb(done)}/${mb(total)} ${terminalSafe(name)}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.out.write('\r\u001b[K');
    this.shown = false;
  }
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(0)}MB`;
}

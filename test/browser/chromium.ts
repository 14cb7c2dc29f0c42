/**
 * Drives the Debian `chromium` package through playwright-core (never a downloaded browser), with a
 * fresh profile and everything that could reach the network at startup turned off. Each page
 * records console errors, page errors, dialogs and requests, so a test can say "nothing happened".
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `${CHROMIUM} not found: browser tests skipped (install it with: apt-get install -y chromium)`;

export const OUT_DIR = resolve('test-output', 'browser');

export interface Browser {
  open(file: string, hash?: string): Promise<WatchedPage>;
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  url: string;
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
}

export async function launch(opts: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'podmortem-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    offline: true,
  });
  return {
    async open(file, hash = '') {
      const page = await context.newPage();
      const w: WatchedPage = { page, url: pathToFileURL(resolve(file)).href, consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') w.consoleErrors.push(`${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => w.pageErrors.push(e.message));
      page.on('dialog', (d) => { w.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
      page.on('request', (r) => w.requests.push(r.url()));
      await page.goto(w.url + hash, { waitUntil: 'load' });
      return w;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function writeReport(name: string, html: string): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, name);
  writeFileSync(file, html);
  return file;
}

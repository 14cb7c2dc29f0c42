/**
 * The HTML report in a real browser: it opens with no error and no request beyond the file, the
 * filters, search, expand/collapse, deep links and the language switch work, printing shows
 * everything, and a bundle full of HTML/JS payloads runs nothing and shows them as text.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/explain/knowledge-base.js';
import type { Lang } from '../../src/knowledge/schema.js';
import { renderHtml } from '../../src/render/html.js';
import { HAVE_CHROMIUM, launch, OUT_DIR, SKIP_MESSAGE, writeReport, type Browser, type WatchedPage } from './chromium.js';
import { makeHostileBundle, NAMES, PAYLOADS } from './hostile-bundle.js';
import { syntheticReport } from './synthetic.js';

if (!HAVE_CHROMIUM) console.warn(`test/browser: ${SKIP_MESSAGE}`);

const PODS = 'test/fixtures/real/troubleshoot-pod-files/pods';
const BASELINE = 'test/fixtures/real/troubleshoot-baseline-2025.tar.gz';
const runIt = it.skipIf(!HAVE_CHROMIUM);

let kb: KnowledgeBase;
let browser: Browser;

async function report(input: string, name: string, lang: Lang = 'en'): Promise<string> {
  const { report: r, context } = await analyze([input], { kb, lang, redact: true, version: 'test' });
  return writeReport(name, renderHtml(r, context));
}

function expectQuiet(w: WatchedPage) {
  expect(w.pageErrors, 'page errors').toEqual([]);
  expect(w.consoleErrors, 'console errors and warnings').toEqual([]);
  expect(w.dialogs, 'dialogs').toEqual([]);
  expect(w.requests, 'requests beyond the report file').toEqual([w.url]);
}

const visibleGroups = (w: WatchedPage) => w.page.locator('details.finding:visible').count();

describe(`HTML report in headless Chromium${HAVE_CHROMIUM ? '' : ` (skipped: ${SKIP_MESSAGE})`}`, () => {
  let podsReport = '';

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    kb = loadKnowledgeBase([]);
    browser = await launch();
    podsReport = await report(PODS, 'pods.html');
  }, 60_000);
  afterAll(async () => { await browser?.close(); });

  const samples = existsSync('samples')
    ? readdirSync('samples').filter((n) => statSync(join('samples', n)).isDirectory()).sort().map((n) => join('samples', n))
    : [];

  runIt.each([[PODS, 'en'], [BASELINE, 'zh'], ...samples.map((s) => [s, 'en'])] as [string, Lang][])('%s (%s) opens with no error and no request, and a screenshot is kept', async (input, lang) => {
    const name = input.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '');
    const file = await report(input, `${name}.${lang}.html`, lang);
    const w = await browser.open(file);
    await expect.poll(() => w.page.locator('html').getAttribute('data-lang')).toBe(lang);
    expect(await w.page.locator('.verdict p:visible').count()).toBe(1);
    // Ids are unique and every in-page link has a target.
    const { dupes, dangling } = await w.page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
      return {
        dupes: ids.filter((id, i) => ids.indexOf(id) !== i),
        dangling: links.filter((h) => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1)))),
      };
    });
    expect(dupes).toEqual([]);
    expect(dangling).toEqual([]);
    // Use the page a little: the script must not fail on any of it.
    await w.page.click(`[data-set-lang="${lang === 'en' ? 'zh' : 'en'}"]`);
    if (await w.page.locator('#f-q').count()) await w.page.fill('#f-q', 'x');
    await w.page.click(`[data-set-lang="${lang}"]`);
    await w.page.screenshot({ path: join(OUT_DIR, `${name}.${lang}.png`), fullPage: true });
    expectQuiet(w);
    await w.page.close();
  });

  runIt('filters and search change what is visible', async () => {
    const w = await browser.open(podsReport);
    const p = w.page;
    expect(await visibleGroups(w)).toBe(8);
    await p.selectOption('#f-ns', { label: 'message-oomkill-pod' });
    expect(await visibleGroups(w)).toBe(1);
    await expect.poll(() => p.textContent('#f-shown')).toBe('1');
    await p.selectOption('#f-ns', { index: 0 });
    await p.selectOption('#f-node', { label: 'minikube' });
    expect(await visibleGroups(w)).toBe(4);
    await p.selectOption('#f-reason', { label: 'CrashLoopBackOff' });
    expect(await visibleGroups(w)).toBe(1);
    await p.selectOption('#f-node', { index: 0 });
    expect(await visibleGroups(w)).toBe(3);
    await p.click('#clear-filters');
    expect(await visibleGroups(w)).toBe(8);
    // Findings with no node (unscheduled pods) have their own filter entry.
    await p.selectOption('#f-node', { label: 'no node' });
    expect(await visibleGroups(w)).toBe(2);
    await p.click('#clear-filters');
    // Free text searches everything in a finding, evidence included.
    await p.fill('#f-q', 'noimage.com');
    await expect.poll(() => visibleGroups(w)).toBe(1);
    expect(await p.locator('details.finding:visible .who').textContent()).toContain('no-image-deployment');
    await p.fill('#f-q', 'no such text anywhere');
    await expect.poll(() => visibleGroups(w)).toBe(0);
    expect(await p.isVisible('#no-match')).toBe(true);
    await p.press('#f-q', 'Escape');
    await expect.poll(() => visibleGroups(w)).toBe(8);
    // The node panel's button sets the node filter.
    await p.click('#nodes button[data-filter-node="\\"minikube\\""]');
    expect(await visibleGroups(w)).toBe(4);
    expectQuiet(w);
    await p.close();
  });

  runIt('expand all, collapse all, and a deep link opens and scrolls to its finding', async () => {
    const w = await browser.open(podsReport);
    const p = w.page;
    await p.click('#collapse-all');
    expect(await p.locator('details.finding[open]').count()).toBe(0);
    await p.click('#expand-all');
    expect(await p.locator('details.finding[open]').count()).toBe(8);
    const ids = await p.locator('details.finding').evaluateAll((els) => els.map((e) => e.id));
    const target = ids[6]!;
    await p.close();

    // Loading the report with #id opens that finding (closed by default: 8 groups) and scrolls to it.
    const d = await browser.open(podsReport, `#${target}`);
    const el = d.page.locator(`[id="${target}"]`);
    expect(await d.page.locator('details.finding').nth(5).getAttribute('open')).toBeNull();
    await expect.poll(() => el.getAttribute('open')).toBe('');
    const inView = (id: string) => d.page.locator(`[id="${id}"]`).evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight; });
    expect(await inView(target)).toBe(true);
    // So does following a link to it, e.g. from the timeline.
    await d.page.click('#collapse-all');
    await d.page.evaluate(() => window.scrollTo(0, 0));
    await d.page.locator(`svg.timeline a[href="#${ids[2]}"]`).first().click();
    await expect.poll(() => d.page.locator(`[id="${ids[2]}"]`).getAttribute('open')).toBe('');
    expect(await inView(ids[2]!)).toBe(true);
    // A link to a finding hidden by a filter clears the filter and shows it.
    await d.page.selectOption('#f-ns', { label: 'message-oomkill-pod' });
    const hiddenId = ids[0]!;
    await d.page.evaluate((id) => { location.hash = id; }, hiddenId);
    await expect.poll(() => d.page.locator(`[id="${hiddenId}"]`).isVisible()).toBe(true);
    expect(d.requests.every((r) => r.startsWith(d.url))).toBe(true);
    expect(d.pageErrors).toEqual([]);
    expect(d.consoleErrors).toEqual([]);
    await d.page.close();
  });

  runIt('the language switch changes labels and knowledge titles, never bundle text', async () => {
    const w = await browser.open(podsReport);
    const p = w.page;
    const who = await p.locator('details.finding .who').allTextContents();
    expect(await p.textContent('#findings-h')).toContain('Findings');
    expect(await p.isVisible('.verdict [data-only="en"]')).toBe(true);
    await p.click('[data-set-lang="zh"]');
    expect(await p.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await p.title()).toBe('podmortem 报告 — pods');
    expect(await p.textContent('#findings-h')).toContain('问题');
    expect(await p.getAttribute('[data-set-lang="zh"]', 'aria-pressed')).toBe('true');
    expect(await p.isVisible('.verdict [data-only="en"]')).toBe(false);
    expect(await p.isVisible('.verdict [data-only="zh"]')).toBe(true);
    expect(await p.locator('[data-rt="CrashLoopBackOff"]').first().textContent()).toBe(kb.reasons.get('CrashLoopBackOff')!.text.zh.title);
    expect(await p.locator('[data-cs="registry.tls"]').first().textContent()).toBe(kb.causes.get('registry.tls')!.text.zh.summary);
    expect(await p.getAttribute('#f-q', 'placeholder')).toBe('Pod、消息、文件…');
    expect(await p.locator('#f-sev option').first().textContent()).toBe('全部级别');
    expect(await p.locator('details.finding .who').allTextContents()).toEqual(who);
    // Search still works in the other language.
    await p.fill('#f-q', 'minikube');
    await expect.poll(() => visibleGroups(w)).toBe(4);
    await p.click('[data-set-lang="en"]');
    expect(await p.textContent('#findings-h')).toContain('Findings');
    expect(await p.locator('[data-rt="CrashLoopBackOff"]').first().textContent()).toBe(kb.reasons.get('CrashLoopBackOff')!.text.en.title);
    expectQuiet(w);
    await p.close();
  });

  runIt('is usable with a keyboard: skip link first, focus visible, copy buttons are buttons', async () => {
    const w = await browser.open(podsReport);
    const p = w.page;
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await p.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toMatch(/^-/);
    await p.keyboard.press('Enter');
    await expect.poll(() => p.evaluate(() => location.hash)).toBe('#findings');
    // "/" jumps to the search box.
    await p.locator('body').press('/');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('f-q');
    await p.keyboard.press('Escape');
    // A summary takes focus and toggles with the keyboard.
    const summary = p.locator('details.finding > summary').nth(1);
    await summary.focus();
    const before = await p.locator('details.finding').nth(1).getAttribute('open');
    await p.keyboard.press('Enter');
    expect(await p.locator('details.finding').nth(1).getAttribute('open')).not.toBe(before);
    expect(await summary.evaluate((s) => getComputedStyle(s).outlineStyle)).not.toBe('none');
    // Copy: the button says whether it worked, and nothing fails.
    await p.click('#expand-all');
    const copy = p.locator('button.copy').first();
    await copy.click();
    await expect.poll(() => copy.textContent()).toMatch(/^(Copied|Select and copy)$/);
    expectQuiet(w);
    await p.close();
  });

  runIt('prints everything: filters hidden, every finding expanded', async () => {
    const w = await browser.open(podsReport);
    const p = w.page;
    await p.click('#collapse-all');
    await p.selectOption('#f-ns', { label: 'message-oomkill-pod' });
    await p.emulateMedia({ media: 'print' });
    expect(await p.isVisible('.filters')).toBe(false);
    expect(await p.isVisible('.langs')).toBe(false);
    expect(await p.locator('details.finding:visible').count()).toBe(8);
    expect(await p.locator('details.finding .cause:visible').count()).toBe(8);
    await p.pdf({ path: join(OUT_DIR, 'pods.pdf') });
    expectQuiet(w);
    await p.close();
  });

  runIt('a bundle full of HTML/JS payloads runs nothing and shows them as text', async () => {
    const root = makeHostileBundle();
    const file = await report(root, 'hostile.html');
    for (const scheme of ['light', 'dark'] as const) {
      const b = scheme === 'light' ? browser : await launch({ colorScheme: 'dark' });
      const w = await b.open(file);
      const p = w.page;
      await p.click('#expand-all');
      for (const el of await p.locator('details.fold > summary').all()) await el.click();
      await p.click('[data-set-lang="zh"]');
      await p.click('[data-set-lang="en"]');
      await p.fill('#f-q', '<script>');
      await p.fill('#f-q', '');
      for (const a of await p.locator('svg.timeline a').all()) await a.click();
      await p.locator('.who').first().hover();
      await p.waitForTimeout(200);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await p.locator('img, iframe, object, embed, i, b:not(#f-shown):not(.counts b):not(.shown b):not(.signals b)').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 80)).filter((h) => !/^<b[ >]/.test(h) || /pwned|onerror/.test(h)))).toEqual([]);
      expect(await p.locator('script').count()).toBe(2);
      expect(await p.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')))).toEqual([]);
      const text = await p.evaluate(() => document.body.innerText);
      for (const s of [PAYLOADS.script, PAYLOADS.closeScript, PAYLOADS.js, NAMES.container, NAMES.node, NAMES.namespace, NAMES.unrecognisedFile]) {
        expect(text, s).toContain(s);
      }
      expect(text).toContain("{{constructor.constructor('window.__pwned=1')()}}");
      await p.screenshot({ path: join(OUT_DIR, `hostile.${scheme}.png`), fullPage: true });
      expectQuiet(w);
      await p.close();
      if (b !== browser) await b.close();
    }
  });

  runIt('dark and narrow layouts are screenshotted for a person to look at', async () => {
    const dark = await launch({ colorScheme: 'dark' });
    const w = await dark.open(podsReport);
    await w.page.screenshot({ path: join(OUT_DIR, 'pods.dark.png'), fullPage: true });
    expectQuiet(w);
    await dark.close();
    const narrow = await launch({ width: 400, height: 800 });
    const n = await narrow.open(podsReport);
    expect(await n.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await n.page.screenshot({ path: join(OUT_DIR, 'pods.narrow.png'), fullPage: true });
    expectQuiet(n);
    await narrow.close();
  });

  runIt('a 2,000-finding report opens, filters and switches language without errors (times printed)', async () => {
    const { report: r, context } = syntheticReport({ findings: 2000, nodes: 50, replicas: 2, evidencePerFinding: 20 });
    const file = writeReport('big.html', renderHtml(r, context));
    const t0 = performance.now();
    const w = await browser.open(file);
    const load = performance.now() - t0;
    const p = w.page;
    expect(await visibleGroups(w)).toBe(1000);
    const t1 = performance.now();
    await p.fill('#f-q', 'web-77-');
    await expect.poll(() => visibleGroups(w)).toBeLessThan(1000);
    const search = performance.now() - t1;
    const t2 = performance.now();
    await p.click('[data-set-lang="zh"]');
    expect(await p.getAttribute('html', 'lang')).toBe('zh-CN');
    const lang = performance.now() - t2;
    console.log(`big report in chromium: load ${load.toFixed(0)} ms, search ${search.toFixed(0)} ms, language switch ${lang.toFixed(0)} ms`);
    expectQuiet(w);
    await p.close();
  });
});

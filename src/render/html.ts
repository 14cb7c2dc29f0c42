/**
 * The self-contained HTML report: one file with its styles and script inline, no request beyond
 * itself. The Content-Security-Policy allows only the one inline script and the one style sheet,
 * by their sha256 hashes computed here at render time.
 *
 * Safety: templates use `{{ }}` only, which escapes every value; no template uses triple braces.
 * The only raw insertions are this module's own helpers: the static CSS and JS from
 * templates/assets/, the UI labels (escaped here), and the JSON data block (JSON with `<`, `>`,
 * `&` and the line separators written as \u escapes, so it cannot end the script element).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type Handlebars from 'handlebars';
import { handlebars } from '../util/lazy.js';
import type { Report, ReportContext } from '../report/types.js';
import { buildHtmlView, DEFAULT_LIMITS, LABELS, type HtmlView, type ViewLimits } from './html-view.js';

const TEMPLATES = new URL('../../templates/', import.meta.url);

interface Compiled {
  template: HandlebarsTemplateDelegate;
  css: string;
  js: string;
  csp: string;
}

let compiled: Compiled | null = null;

/** JSON that is safe inside `<script type="application/json">`: it cannot close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function read(rel: string): string {
  return readFileSync(new URL(rel, TEMPLATES), 'utf8');
}

function compile(): Compiled {
  const hb = handlebars().create();
  const partialsDir = new URL('partials/', TEMPLATES);
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort()) {
    hb.registerPartial(file.slice(0, -'.hbs'.length), readFileSync(new URL(file, partialsDir), 'utf8'));
  }
  const css = read('assets/report.css');
  const js = read('assets/report.js');
  if (/<\/(script|style)/i.test(css + js)) throw new Error('templates/assets must not contain a closing script or style tag');
  const esc = hb.escapeExpression;

  // A UI label in the report's language, marked so the in-report switch can swap it.
  hb.registerHelper('t', function (key: unknown, options: Handlebars.HelperOptions) {
    const labels = (options.data as { root: HtmlView }).root.labels as Record<string, string>;
    const k = String(key);
    const text = labels[k];
    if (text === undefined) throw new Error(`templates: unknown label '${k}'`);
    return new hb.SafeString(`<span data-i18n="${esc(k)}">${esc(text)}</span>`);
  });
  // The same, singular or plural by count: {{tn n "pod1" "pods"}}.
  hb.registerHelper('tn', function (n: unknown, one: unknown, many: unknown, options: Handlebars.HelperOptions) {
    const key = Number(n) === 1 ? String(one) : String(many);
    const labels = (options.data as { root: HtmlView }).root.labels as Record<string, string>;
    const text = labels[key];
    if (text === undefined) throw new Error(`templates: unknown label '${key}'`);
    return new hb.SafeString(`<span data-i18n="${esc(key)}">${esc(text)}</span>`);
  });
  hb.registerHelper('lbl', function (key: unknown, options: Handlebars.HelperOptions) {
    const labels = (options.data as { root: HtmlView }).root.labels as Record<string, string>;
    const text = labels[String(key)];
    if (text === undefined) throw new Error(`templates: unknown label '${String(key)}'`);
    return text;
  });
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  hb.registerHelper('add', (a: unknown, b: unknown) => Number(a) + Number(b));
  hb.registerHelper('json', (v: unknown) => new hb.SafeString(scriptJson(v)));
  hb.registerHelper('asset', (name: unknown) => {
    if (name === 'css') return new hb.SafeString(css);
    if (name === 'js') return new hb.SafeString(js);
    throw new Error(`templates: unknown asset '${String(name)}'`);
  });
  const template = hb.compile(read('report.hbs'), { strict: false, noEscape: false });
  const csp = [
    "default-src 'none'",
    `script-src ${sha256Source(js)}`,
    `style-src ${sha256Source(css)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return { template, css, js, csp };
}

export interface HtmlOptions {
  limits?: Partial<ViewLimits>;
}

export function renderHtml(report: Report, ctx: ReportContext, opts: HtmlOptions = {}): string {
  compiled ??= compile();
  const view = buildHtmlView(report, ctx, { ...DEFAULT_LIMITS, ...opts.limits });
  return compiled.template({
    ...view,
    csp: compiled.csp,
    htmlLang: view.lang === 'zh' ? 'zh-CN' : 'en',
    langs: [
      { id: 'en', name: 'English', pressed: view.lang === 'en' },
      { id: 'zh', name: '中文', pressed: view.lang === 'zh' },
    ],
  });
}

/** The labels, exported for tests that check both languages have the same keys. */
export { LABELS };

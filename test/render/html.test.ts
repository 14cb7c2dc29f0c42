import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import type { Report } from '../../src/report/types.js';
import { renderHtml, scriptJson } from '../../src/render/html.js';
import { makeHostileBundle, NAMES, PAYLOADS } from '../browser/hostile-bundle.js';
import { finding, reportOf, syntheticContext, syntheticReport } from '../browser/synthetic.js';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Elements the report may contain; anything else came from somewhere it should not have. */
const ALLOWED_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'script', 'a', 'header', 'nav', 'main', 'footer', 'section', 'article', 'div', 'p', 'span',
  'h1', 'h2', 'h3', 'h4', 'dl', 'dt', 'dd', 'b', 'strong', 'code', 'time', 'button', 'label', 'select', 'option', 'input',
  'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ol', 'ul', 'li',
  'svg', 'g', 'rect', 'circle', 'line', 'path', 'text', 'tspan',
]);

/** Every start tag, with its attributes, outside the two script elements' bodies. */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
  const body = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2').replace(/(<style>)[\s\S]*?(<\/style>)/, '$1$2');
  const out: { name: string; attrs: [string, string][] }[] = [];
  for (const m of body.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs = [...m[2]!.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''] as [string, string]);
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  // Anything that looks like a tag but did not parse as one with quoted attributes is suspicious too.
  const loose = [...body.matchAll(/<[a-zA-Z][^>]*>/g)].length;
  expect(out.length).toBe(loose);
  return out;
}

function expectInert(html: string) {
  const all = tags(html);
  for (const t of all) {
    expect(ALLOWED_TAGS.has(t.name), `unexpected element <${t.name}>`).toBe(true);
    for (const [name, value] of t.attrs) {
      expect(/^on/i.test(name), `event handler attribute ${name}`).toBe(false);
      expect(/^[a-zA-Z][a-zA-Z0-9-]*$/.test(name), `odd attribute name ${name}`).toBe(true);
      if (name === 'href') expect(value.startsWith('#'), `href ${value}`).toBe(true);
      expect(name === 'src' || name === 'srcdoc' || name === 'style' || name === 'action' || name === 'formaction').toBe(false);
    }
  }
  expect(all.filter((t) => t.name === 'script')).toHaveLength(2);
  expect(all.filter((t) => t.name === 'svg').length).toBeLessThanOrEqual(1);
  expect(/javascript:(?!window\.__pwned)/i.test(html), 'javascript: URL').toBe(false);
}

function hostileReport(): { report: Report; context: ReturnType<typeof syntheticContext> } {
  const evil = Object.values(PAYLOADS).join(' ');
  const f = finding({
    id: 'f-"><img src=x onerror=alert(1)>',
    namespace: NAMES.namespace, pod: NAMES.pod, container: NAMES.container, node: NAMES.node,
    owner: { kind: 'Deployment<b>', name: NAMES.owner },
    observed: ['<i>Observed</i>'], relatedReasons: ['<svg onload=alert(1)>'],
    firstSeen: '2025-01-01T00:00:00Z', lastSeen: '2025-01-01T00:10:00Z',
    cause: { id: 'app.exit-error', confidence: 0.5, summary: evil },
    alternatives: [{ id: '<img src=x>', confidence: 0.2 }],
    signals: ['s-"><b>'],
    evidence: [
      { file: `logs/${NAMES.unrecognisedFile}`, line: 3, time: '2025-01-01T00:00:00Z', kind: 'container-log', text: evil },
      { file: 'x', line: 1, time: null, kind: 'kubelet', text: `${'A'.repeat(500)}${PAYLOADS.closeScript}` },
    ],
    remediation: [`Run \`kubectl logs ${PAYLOADS.img}\` and ${PAYLOADS.script}`, `\`${PAYLOADS.closeScript}\``],
  });
  const report = reportOf([f, finding({ id: 'f-2', pod: `${NAMES.pod}-2`, owner: f.owner, namespace: f.namespace, node: null, reason: f.reason })], {
    inputs: [{ path: `/tmp/${PAYLOADS.img}.tgz`, layouts: ['<script>x</script>'], files: 1, bytes: 2 }],
    cluster: { nodes: 1, pods: 1, namespaces: 1, collectedAt: '2025-01-01T00:20:00Z' },
    signals: [{ id: 's-"><b>', type: '<img src=x onerror=alert(1)>', node: NAMES.node, count: 2, firstSeen: '2025-01-01T00:01:00Z', lastSeen: null, evidence: [{ file: PAYLOADS.js, line: 1, time: null, kind: 'dmesg', text: evil }] }],
    gaps: [{ node: NAMES.node, missing: PAYLOADS.script, impact: PAYLOADS.attr }, { node: null, missing: PAYLOADS.img, impact: PAYLOADS.js }],
  });
  return { report, context: syntheticContext([NAMES.unrecognisedFile, PAYLOADS.closeScript]) };
}

describe('HTML escaping', () => {
  it('templates never use triple braces, and only the known helpers insert raw text', () => {
    const files = ['report.hbs', ...readdirSync(join(TEMPLATES, 'partials')).map((f) => `partials/${f}`)];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(join(TEMPLATES, f), 'utf8');
      expect(text, f).not.toContain('{{{');
      expect(text, f).not.toMatch(/\{\{&/);
    }
  });

  it('bundle strings in every field come out as text: no element, attribute, handler or URL from the bundle', () => {
    const { report, context } = hostileReport();
    for (const lang of ['en', 'zh'] as const) {
      const html = renderHtml(report, { ...context, lang });
      expectInert(html);
      expect(html).toContain('&lt;script&gt;window.__pwned&#x3D;1;alert(1)&lt;/script&gt;');
      expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;');
      // Handlebars syntax in data is data, not a template.
      expect(html).toContain('{{constructor.constructor(&#x27;window.__pwned&#x3D;1&#x27;)()}}');
      // The finding id is escaped where it is an id and a link target.
      expect(html).toContain('id="f-&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;"');
      expect(html).toContain('href="#f-&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;"');
    }
  });

  it('a real analysis of a hostile bundle renders inert', async () => {
    const root = makeHostileBundle();
    const kb = loadKnowledgeBase([]);
    const { report, context } = await analyze([root], { kb, lang: 'en', redact: true, version: 'test' });
    expect(report.findings.length).toBeGreaterThan(0);
    const html = renderHtml(report, context);
    expectInert(html);
    expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;window.__pwned&#x3D;1&gt;');
  });

  it('the JSON data block cannot end its script element and parses back', () => {
    const s = scriptJson({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028&' });
    expect(s).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(s)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028&' });
    const { report, context } = hostileReport();
    const html = renderHtml(report, context);
    const block = /<script type="application\/json" id="pm-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toContain('<');
    const data = JSON.parse(block) as { lang: string; labels: Record<string, Record<string, string>> };
    expect(data.lang).toBe('en');
    expect(data.labels['zh']!['findings']).toBe('问题');
  });
});

describe('HTML document', () => {
  const { report, context } = syntheticReport({ findings: 30, nodes: 4, replicas: 3 });
  const html = renderHtml(report, context);

  it('allows exactly its own inline script and style by hash, and nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(/\sstyle="/.test(html)).toBe(false);
    expect(/https?:\/\//.test(html)).toBe(false);
  });

  it('has a skip link, the sections, one finding element per group and a timeline SVG', () => {
    expect(html.includes('<a class="skip" href="#findings">')).toBe(true);
    for (const id of ['findings', 'timeline', 'nodes', 'appendix', 'gaps']) expect(html).toContain(`id="${id}"`);
    expect(html.match(/<details class="finding /g)).toHaveLength(10);
    expect(html.match(/<svg class="timeline"/g)).toHaveLength(1);
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).toContain('@media print');
    expect(html).toContain('data-set-lang="zh"');
  });

  it('labels carry their key for the language switch and follow --lang', () => {
    expect(html).toContain('<span data-i18n="findings">Findings</span>');
    const zh = renderHtml(report, { ...context, lang: 'zh' });
    expect(zh).toContain('<html lang="zh-CN" data-lang="zh">');
    expect(zh).toContain('<span data-i18n="findings">问题</span>');
    expect(zh).toContain('data-rt="CrashLoopBackOff">CrashLoopBackOff 的标题</span>');
  });

  it('remediation commands are code (the script adds their copy buttons)', () => {
    expect(/<code class="cmd">kubectl logs -n team-\d+ web-\d+ -c app --previous<\/code>/.test(html)).toBe(true);
    expect(html.includes('class="copy"')).toBe(false);
  });

  it('evidence is capped per group with where the rest is', () => {
    expect(/… 8 <span data-i18n="moreLines">more lines in<\/span> <code>cluster-resources\/events\/team-\d+\.json:256–334, host-collectors\/run-host\/kubelet-worker-\d+\.log:269–347<\/code>/.test(html)).toBe(true);
  });
});

/**
 * Output safety across every field: a report whose every bundle-derived string (input path, pod,
 * namespace, container, node and owner names, observed reasons, evidence files and lines,
 * remediation steps filled with names, gap texts, unrecognised file names) carries terminal escape
 * sequences, control characters, bidi overrides and Markdown/HTML markup. The terminal summary
 * shows none of the control characters; Markdown shows the markup as text, keeps every table row
 * at its six cells, and no content closes a fence or a code span.
 */
import { describe, expect, it } from 'vitest';
import { rfc3339OrNull } from '../../src/explain/build-report.js';
import type { Report, ReportContext } from '../../src/report/types.js';
import { mdCode, mdStep, renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';

const EVIL = '\u001b]0;pwned\u0007\u001b[2J\u001b[31m\u009b1m\r\b\u0000\u202e|`x`|``` ~~~ [a](javascript:alert(1)) <img src=x onerror=alert(1)>\n## heading\r\n* item';

function hostileReport(): { report: Report; context: ReportContext } {
  const evidence = [
    { file: `logs/${EVIL}.log`, line: 3, time: null, kind: 'container-log' as const, text: `panic: ${EVIL}` },
    { file: 'events.json', line: 1, time: '2025-09-01T10:00:00Z', kind: 'event' as const, text: '````` closing ````` fences ``' },
  ];
  const finding = {
    id: `id-${EVIL}`,
    reason: 'CrashLoopBackOff',
    relatedReasons: ['OOMKilled'],
    observed: [`Observed${EVIL}`],
    severity: 'error' as const,
    namespace: `ns${EVIL}`,
    pod: `pod|with|pipes${EVIL}`,
    container: `c\`tick${EVIL}`,
    node: `node${EVIL}`,
    owner: { kind: `Deployment${EVIL}`, name: `web${EVIL}` },
    count: 1,
    firstSeen: null,
    lastSeen: null,
    cause: { id: 'app.exit-error', confidence: 0.5, summary: 'The application exited with an error.' },
    alternatives: [{ id: 'resources.oom-killed', confidence: 0.2 }],
    signals: [],
    evidence,
    remediation: [
      `Read the log: \`kubectl logs -n ns${EVIL} pod\` and then \`kubectl describe pod x\`.`,
      `Unpaired backtick \` then ${EVIL}`,
      `Name with backticks \`kubectl get pod a\`\`b\` end`,
    ],
  };
  const report = {
    schemaVersion: 1 as const,
    tool: { name: 'podmortem' as const, version: '0.0.0' },
    inputs: [{ path: `bundle${EVIL}.tgz`, layouts: ['troubleshoot'], files: 1, bytes: 1 }],
    cluster: { nodes: 1, pods: 2, namespaces: 1, collectedAt: '2025-09-01T10:40:00Z' },
    findings: [finding, { ...finding, id: 'second', pod: `second${EVIL}`, owner: null }],
    signals: [{ id: 's-1', type: 'node.disk-full', node: `node${EVIL}`, count: 1, firstSeen: null, lastSeen: null, evidence }],
    patterns: [],
    gaps: [{ node: `node${EVIL}`, missing: `${EVIL}.json: invalid JSON`, impact: `the files inside ${EVIL} were not analysed` }],
  } as Report;
  const context: ReportContext = {
    lang: 'en',
    reasonText: { CrashLoopBackOff: { title: 'Container keeps crashing', summary: 's' } },
    unrecognised: [`${EVIL}.bin`],
    redacted: true,
  };
  return { report, context };
}

/** What Markdown shows as text: fenced blocks and code spans removed (their content is literal). */
function outsideCode(md: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of md.split('\n')) {
    if (fence) {
      if (line === fence) fence = null;
      continue;
    }
    const open = /^(`{3,})text$/.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    // code spans: a run of n backticks up to the next run of exactly n
    out.push(line.replace(/(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, ' CODE '));
  }
  expect(fence, 'a fence is left open').toBeNull();
  return out.join('\n');
}

describe('terminal output', () => {
  it('no control character, escape sequence or bidi override from any field', () => {
    const { report, context } = hostileReport();
    for (const color of [false, true]) {
      const text = renderText(report, context, { color, evidenceLines: 10 });
      // colour codes are podmortem's own: take them out, then nothing else may remain
      const own = color ? text.replace(/\u001b\[[0-9;]*m/g, '') : text;
      const bad = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(own);
      expect(bad && JSON.stringify(own.slice(Math.max(0, bad.index - 30), bad.index + 30))).toBeNull();
      expect(own).toContain('pod|with|pipes');
      expect(own).toContain('[a](javascript:alert(1))'); // shown as text
    }
  });
});

describe('Markdown output', () => {
  const { report, context } = hostileReport();
  const md = renderMarkdown(report, context);

  it('no control character or bidi override', () => {
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(md)).toBe(false);
  });

  it('every table row keeps its six cells: pipes in names are escaped, names carry no line break', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.length).toBe(3); // header, two findings
    for (const row of rows) expect(row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2, row).toBe(6);
  });

  it('markup from the bundle is text outside code: no link, image, HTML tag, heading or list item from it', () => {
    const text = outsideCode(md);
    expect(text).not.toMatch(/(?<!\\)\[a(?<!\\)\]\(/); // [a](...)
    expect(text).not.toMatch(/(?<!\\)<img/);
    expect(text).not.toMatch(/^#+ heading/m);
    expect(text).not.toMatch(/^\* item/m);
    expect(text).not.toMatch(/^~~~/m);
    // a heading line is podmortem's: '# podmortem report', '## <reason>: ...', '## Not checked'
    for (const line of text.split('\n').filter((l) => l.startsWith('#'))) expect(line).toMatch(/^(# podmortem report|## CrashLoopBackOff: |## Not checked)/);
  });

  it('evidence fences are longer than any backtick run in the evidence, and close', () => {
    const fences = md.split('\n').filter((l) => /^`{3,}text$/.test(l));
    expect(fences.length).toBeGreaterThan(0);
    for (const f of fences) expect(f.length - 4).toBeGreaterThan(5); // the evidence holds a run of five
  });

  it('remediation steps keep their commands as code, and names cannot end a code span', () => {
    // three backticks: the first two pair up, the third is text
    expect(mdStep('Run `kubectl logs -n a`b c` now')).toBe('Run `kubectl logs -n a`b c\\` now');
    expect(mdStep('Run `kubectl get pod x` now')).toBe('Run `kubectl get pod x` now');
    expect(mdStep('a <b> [c](d) `e` f|g')).toBe('a \\<b\\> \\[c\\]\\(d\\) `e` f\\|g');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`a')).toBe('`` `a ``');
    const steps = md.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(outsideCode(s)).not.toMatch(/(?<!\\)(<img|\[a\]\()/);
  });

  it('the input path is a code span its backticks cannot close', () => {
    const line = md.split('\n').find((l) => l.startsWith('Inputs: '))!;
    expect(outsideCode(line)).not.toContain('bundle');
  });
});

describe('times in the report are RFC 3339 or null', () => {
  it.each([
    ['2025-09-01T10:00:00Z', '2025-09-01T10:00:00Z'],
    ['2025-09-01T10:00:00.123456789+02:00', '2025-09-01T10:00:00.123456789+02:00'],
    ['2025-09-01T\u001b]0;pwned\u0007', null],
    ['2025-13-45T99:99:99Z', null],
    ['yesterday', null],
    ['', null],
  ])('%j', (t, expected) => expect(rfc3339OrNull(t)).toBe(expected));
});

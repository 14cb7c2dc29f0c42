/**
 * Size on a big bundle: 2,000 synthetic findings (1,000 groups of replicas and single pods, 20
 * evidence lines each, 50 nodes with signals) must stay under a stated size. The time is printed,
 * not asserted.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { syntheticReport } from '../browser/synthetic.js';

export const SIZE_LIMIT_BYTES = 8 * 1024 * 1024;

describe('HTML report size', () => {
  it('2,000 findings render under the stated size, evidence capped', () => {
    const { report, context } = syntheticReport({ findings: 2000, nodes: 50, replicas: 2, evidencePerFinding: 20 });
    renderHtml(syntheticReport({ findings: 1 }).report, context); // compile the templates first
    const t0 = performance.now();
    const html = renderHtml(report, context);
    const ms = performance.now() - t0;
    const bytes = Buffer.byteLength(html);
    const groups = html.match(/<details class="finding /g)?.length ?? 0;
    console.log(`html report: ${report.findings.length} findings, ${groups} groups, ${(bytes / 1024 / 1024).toFixed(2)} MiB, rendered in ${ms.toFixed(0)} ms`);
    expect(groups).toBe(1000);
    expect(bytes).toBeLessThan(SIZE_LIMIT_BYTES);
    // At most 12 evidence lines per group.
    expect((html.match(/<li class="ev">/g) ?? []).length).toBeLessThanOrEqual(1000 * 12 + 50 * 5);
  });
});

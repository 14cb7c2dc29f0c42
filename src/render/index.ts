import type { Format } from '../cli/options.js';
import type { Report, ReportContext } from '../report/types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export function render(format: Format, report: Report, ctx: ReportContext, opts: { color: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'text':
      return renderText(report, ctx, { color: opts.color });
    case 'md':
      return renderMarkdown(report, ctx);
    case 'html':
      return renderHtml(report, ctx);
  }
}

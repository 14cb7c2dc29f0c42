import type { Format } from '../cli/options.js';
import type { Report, ReportContext } from '../report/types.js';
import { renderJson } from './json.js';
import { renderText } from './text.js';

export function render(format: Format, report: Report, ctx: ReportContext, opts: { color: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'text':
      return renderText(report, ctx, { color: opts.color });
    case 'md':
    case 'html':
      return renderText(report, ctx, { color: false });
  }
}

/**
 * Remediation steps built from what detect worked out about one finding (the tag probably meant,
 * the reference rule broken), with their texts from knowledge/hints.yaml. They come before the
 * cause's steps. Values from the bundle are made inert here: no backticks (a step in backticks is a
 * command people copy), no braces (placeholders), no control characters, bounded length.
 */
import { tagOf } from '../detect/image-ref.js';
import type { Finding } from '../detect/types.js';
import { LANGS, type Lang } from '../knowledge/schema.js';
import { readYamlFile } from '../util/yaml-file.js';
import { BUILTIN_DIR } from './knowledge-base.js';

export type HintId = 'tagTypo' | 'referenceRule';
export type HintTemplates = Record<HintId, Record<Lang, string>>;
const HINT_IDS: readonly HintId[] = ['tagTypo', 'referenceRule'];

let builtin: HintTemplates | null = null;

/** Reads and checks hints.yaml (every hint in every language, non-empty). */
export function loadHints(dir = BUILTIN_DIR): HintTemplates {
  const file = `${dir}/hints.yaml`;
  const doc = readYamlFile(file) as Record<string, Record<string, unknown>> | null;
  for (const id of HINT_IDS) {
    for (const lang of LANGS) {
      const t = doc?.[id]?.[lang];
      if (typeof t !== 'string' || t.length === 0) throw new Error(`${file}: field '${id}.${lang}' must be a non-empty string`);
    }
  }
  return doc as unknown as HintTemplates;
}

const MAX_VALUE = 200;

function inert(v: string): string {
  const s = v.replace(/[`{}\u0000-\u001f\u007f]/g, '?');
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
}

/** Fills the hint's own placeholders; the remediation placeholders ({{owner}}, ...) stay for fillPlaceholders. */
function fill(template: string, values: Record<string, string>, f: Finding): string {
  // With no owner the pod itself is what to fix.
  const t = f.owner ? template : template.replace(/\{\{\s*owner\s*\}\}/g, 'pod/{{pod}}');
  return t.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in values ? inert(values[name]!) : m));
}

/** The finding's own steps, in `lang`, before placeholders are filled. */
export function hintSteps(f: Finding, lang: Lang, templates?: HintTemplates): string[] {
  const image = f.facts.image;
  if (!image) return [];
  const t = templates ?? (builtin ??= loadHints());
  const out: string[] = [];
  const tag = tagOf(image);
  if (f.facts.tagSuggestion && tag) out.push(fill(t.tagTypo[lang], { tag, suggestion: f.facts.tagSuggestion, image }, f));
  if (f.facts.referenceRule) out.push(fill(t.referenceRule[lang], { image, rule: f.facts.referenceRule }, f));
  return out;
}

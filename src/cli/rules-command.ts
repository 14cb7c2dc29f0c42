/** `podmortem rules list|show ID`: the knowledge base in the chosen language. */
import { loadKnowledgeBase } from '../explain/knowledge-base.js';
import { renderRuleEntry, renderRuleList } from '../render/rules.js';
import { parseLang, UsageError } from './options.js';

export function runRules(action: string, id: string | undefined, o: { lang: string; rules: string[] }): number {
  const lang = parseLang(o.lang);
  const kb = loadKnowledgeBase(o.rules);
  if (action === 'list') {
    process.stdout.write(renderRuleList(kb, lang));
    return 0;
  }
  if (action === 'show') {
    if (!id) throw new UsageError('rules show needs an id (see podmortem rules list)');
    const text = renderRuleEntry(kb, lang, id);
    if (text === null) throw new UsageError(`no reason, cause or signal '${id}' (see podmortem rules list)`);
    process.stdout.write(text);
    return 0;
  }
  throw new UsageError(`rules takes 'list' or 'show ID' (got '${action}')`);
}

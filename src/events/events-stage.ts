import type { ArticleRecord } from '../records/article.js';
import type { Stage } from '../pipeline/stage.js';
import { eventLanguagePack } from './event-lexicon.js';
import { extractEvents } from './extract-events.js';
import { syntaxOf } from '../syntax/record-syntax.js';
import { nameTagHints } from './name-tag-hints.js';
import { participleTagHints } from './participle-tag-hints.js';
import { phraseHints } from './phrase-hints.js';
import { verbTagHints } from './verb-tag-hints.js';
import { infinitiveVerbTagHints } from './infinitive-verb-tag-hints.js';

/** Fills `record.events` (PLOVER events with CAMEO codes, actors, dates and evidence) for French and English. */
export const eventsStage: Stage<ArticleRecord, ArticleRecord> = {
  name: 'events',
  run(record, ctx) {
    const language = record.language ?? 'fr';
    const pack = eventLanguagePack(language);
    if (!pack) {
      ctx.report(
        'events.unsupported-language',
        `no event lexicon for language "${language}"`,
        undefined,
        'info',
      );
      return { ...record, events: [] };
    }
    const syntax = syntaxOf(record);
    // Names the entity stage found fix their words' tags before a tree is first read.
    if (syntax) {
      syntax.tagHints.push(...nameTagHints(record));
      syntax.tagHints.push(...verbTagHints(record, pack.grammar.verbsAfterNames ?? []));
      syntax.tagHints.push(...infinitiveVerbTagHints(record, pack.grammar.verbsBeforeInfinitive));
      syntax.tagHints.push(...participleTagHints(record, pack.grammar.participleClauses));
      if (pack.grammar.titledNamePhrases) syntax.phraseHints.push(...phraseHints(record));
    }
    return { ...record, events: extractEvents(record, pack, ctx, syntax) };
  },
};

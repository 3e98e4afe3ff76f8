import { initialSchema } from './0001-initial.js';
import { watchlistsSchema } from './0002-watchlists.js';
import { eventParticipantsSchema } from './0003-event-participants.js';
import { storyCandidatesIndex } from './0004-story-candidates.js';
import { mentionIndexes } from './0005-mention-indexes.js';
import { dyadFigures } from './0006-dyad-figures.js';
import { ftsTerms } from './0007-fts-terms.js';
import { articleDyads } from './0008-article-dyads.js';
import { duplicateGroups } from './0009-duplicate-groups.js';
import { articleDyadsBySeq } from './0010-article-dyads-by-seq.js';
import { articlePersons } from './0011-article-persons.js';
import { dossierTotals } from './0012-dossier-totals.js';
import { ftsByDay } from './0013-fts-by-day.js';
import { ftsByDayPairs } from './0014-fts-by-day-pairs.js';
import { dossierText } from './0015-dossier-text.js';
import { eventCounts } from './0016-event-counts.js';
import type { Migration } from './migration.js';

/** Every migration, in version order (add new files at the end). */
export const MIGRATIONS: Migration[] = [
  initialSchema,
  watchlistsSchema,
  eventParticipantsSchema,
  storyCandidatesIndex,
  mentionIndexes,
  dyadFigures,
  ftsTerms,
  articleDyads,
  duplicateGroups,
  articleDyadsBySeq,
  articlePersons,
  dossierTotals,
  ftsByDay,
  ftsByDayPairs,
  dossierText,
  eventCounts,
];

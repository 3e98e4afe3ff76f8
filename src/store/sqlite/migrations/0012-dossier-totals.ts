import type { Migration } from './migration.js';

/** A `dyad_months` row's events (`row`: NEW or OLD) added to (+) or taken from (-) the totals kept from it. */
function monthRowTotals(row: 'NEW' | 'OLD', sign: '+' | '-'): string {
  const quads = [1, 2, 3, 4].map((quad) => `(${row}.quad = ${quad}) * ${row}.events`);
  return `
  INSERT INTO dyad_types (dyad, event, quad, events)
  SELECT ${row}.dyad, ${row}.event, ${row}.quad, ${sign}${row}.events WHERE 1
  ON CONFLICT (dyad, event, quad) DO UPDATE SET events = events + excluded.events;
  INSERT INTO dyad_month_quads (dyad, month, quad1, quad2, quad3, quad4)
  SELECT ${row}.dyad, ${row}.month, ${quads.map((q) => `${sign}${q}`).join(', ')} WHERE ${row}.month <> ''
  ON CONFLICT (dyad, month) DO UPDATE SET quad1 = quad1 + excluded.quad1, quad2 = quad2 + excluded.quad2,
    quad3 = quad3 + excluded.quad3, quad4 = quad4 + excluded.quad4;${
      sign === '-'
        ? `
  DELETE FROM dyad_types WHERE dyad = OLD.dyad AND event = OLD.event AND quad = OLD.quad AND events = 0;
  DELETE FROM dyad_month_quads WHERE dyad = OLD.dyad AND month = OLD.month
    AND quad1 = 0 AND quad2 = 0 AND quad3 = 0 AND quad4 = 0;`
        : ''
    }`;
}

/** A commitment (`row`: NEW or OLD) added to (+1) or taken from (-1) the counts of its pair and, made with no counterpart, its author's. */
function commitmentCounts(row: 'NEW' | 'OLD', delta: 1 | -1): string {
  return `
  INSERT INTO commitment_counts (scope, code, commitments)
  SELECT 'pair', ${row}.dyad, ${delta} WHERE ${row}.dyad IS NOT NULL
  UNION ALL SELECT 'undirected', ${row}.by_code, ${delta} WHERE ${row}.to_code IS NULL AND ${row}.by_code IS NOT NULL
  ON CONFLICT (scope, code) DO UPDATE SET commitments = commitments + excluded.commitments;`;
}

/** A `dyad_months` update that only counts one more event (the writer's upsert). */
const SAME_KEY =
  'NEW.dyad = OLD.dyad AND NEW.month = OLD.month AND NEW.event = OLD.event AND NEW.quad = OLD.quad';

/**
 * The dossier's totals, kept by triggers so an uncached dossier reads them instead of counting
 * rows: events per pair, month and quad (`dyad_month_quads`, one row a month instead of one per
 * month, type and quad: a busy pair's 1,058 rows become 148) and per pair, type and quad
 * (`dyad_types`), both kept from `dyad_months` whichever way its rows change (the writer's
 * triggers add to it, a pair's refresh deletes and writes it again); and the commitments of each
 * pair and those each author made with no counterpart (`commitment_counts`), which a dossier
 * counted from ~20,000 index entries for a busy pair. A commitment's status changes; its parties
 * do not, but a change is counted too.
 */
export const dossierTotals: Migration = {
  version: 12,
  name: 'dossier-totals',
  sql: `
CREATE TABLE dyad_month_quads (
  dyad TEXT NOT NULL,
  month TEXT NOT NULL,
  quad1 INTEGER NOT NULL,
  quad2 INTEGER NOT NULL,
  quad3 INTEGER NOT NULL,
  quad4 INTEGER NOT NULL,
  PRIMARY KEY (dyad, month)
) WITHOUT ROWID;

CREATE TABLE dyad_types (
  dyad TEXT NOT NULL,
  event TEXT NOT NULL,
  quad INTEGER NOT NULL,
  events INTEGER NOT NULL,
  PRIMARY KEY (dyad, event, quad)
) WITHOUT ROWID;

CREATE TABLE commitment_counts (
  scope TEXT NOT NULL,
  code TEXT NOT NULL,
  commitments INTEGER NOT NULL,
  PRIMARY KEY (scope, code)
) WITHOUT ROWID;

INSERT INTO dyad_month_quads (dyad, month, quad1, quad2, quad3, quad4)
SELECT dyad, month, SUM((quad = 1) * events), SUM((quad = 2) * events), SUM((quad = 3) * events),
  SUM((quad = 4) * events)
FROM dyad_months WHERE month <> '' GROUP BY dyad, month;

INSERT INTO dyad_types (dyad, event, quad, events)
SELECT dyad, event, quad, SUM(events) FROM dyad_months GROUP BY dyad, event, quad;

INSERT INTO commitment_counts (scope, code, commitments)
SELECT 'pair', dyad, COUNT(*) FROM commitments WHERE dyad IS NOT NULL GROUP BY dyad;
INSERT INTO commitment_counts (scope, code, commitments)
SELECT 'undirected', by_code, COUNT(*) FROM commitments WHERE to_code IS NULL AND by_code IS NOT NULL GROUP BY by_code;

CREATE TRIGGER dossier_totals_on_month_insert AFTER INSERT ON dyad_months
BEGIN${monthRowTotals('NEW', '+')}
END;

CREATE TRIGGER dossier_totals_on_month_count AFTER UPDATE ON dyad_months WHEN ${SAME_KEY}
BEGIN
  UPDATE dyad_types SET events = events + NEW.events - OLD.events
  WHERE dyad = NEW.dyad AND event = NEW.event AND quad = NEW.quad;
  UPDATE dyad_month_quads SET ${[1, 2, 3, 4].map((quad) => `quad${quad} = quad${quad} + (NEW.quad = ${quad}) * (NEW.events - OLD.events)`).join(', ')}
  WHERE dyad = NEW.dyad AND month = NEW.month;
END;

CREATE TRIGGER dossier_totals_on_month_key AFTER UPDATE ON dyad_months WHEN NOT (${SAME_KEY})
BEGIN${monthRowTotals('OLD', '-')}${monthRowTotals('NEW', '+')}
END;

CREATE TRIGGER dossier_totals_on_month_delete AFTER DELETE ON dyad_months
BEGIN${monthRowTotals('OLD', '-')}
END;

CREATE TRIGGER commitment_counts_on_insert AFTER INSERT ON commitments
BEGIN${commitmentCounts('NEW', 1)}
END;

CREATE TRIGGER commitment_counts_on_parties AFTER UPDATE OF dyad, by_code, to_code ON commitments
BEGIN${commitmentCounts('OLD', -1)}${commitmentCounts('NEW', 1)}
END;

CREATE TRIGGER commitment_counts_on_delete AFTER DELETE ON commitments
BEGIN${commitmentCounts('OLD', -1)}
END;
`,
};

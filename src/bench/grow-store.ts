import { copyFileSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { refreshDossierTexts } from '../store/sqlite/dyad-dossier-text.js';
import { dayKeySql, FTS_BY_DAY, pairTokensSql, registerSearchBody } from '../store/sqlite/fts-by-day.js';

export interface GrowStoreOptions {
  /** A store written by `bench ingest --keep` (read only). */
  from: string;
  /** The grown store written (a copy of `from`, then grown). */
  to: string;
  /** Articles to reach, at least. */
  articles: number;
}

/** How a back end writes the grown copies: days moved back, full text copied. */
export interface GrowDialect {
  /** An ISO day column moved back `@k` months (SQL). */
  monthsBack(column: string): string;
  /** Whether the articles' search vector is a column (PostgreSQL) or an FTS5 table (SQLite). */
  vectorColumn: boolean;
}

/** SQL: what the writer indexes as an article's body (`searchBody`; needs `registerSearchBody`). */
const SEARCH_BODY = `article_search_body(title, json_extract(record, '$.text'), json_extract(record, '$.paragraphs[1].start'))`;

const SQLITE_GROW: GrowDialect = {
  monthsBack: (column) => `date(${column}, '-' || @k || ' months')`,
  vectorColumn: false,
};

/**
 * One copy of the seed's rows (`seq` up to `last`): ids get a `~k` suffix, `seq` moves up by
 * `k × last`, days move back `k` months, so copies sort apart and keep the seed's spread of words,
 * persons, pairs and event types. Events and participants go in after their articles, so the
 * dyad-figure triggers count the copies as the writer would.
 */
export function copySql(dialect: GrowDialect): string[] {
  const day = (column: string) =>
    `CASE WHEN ${column} IS NULL THEN NULL ELSE ${dialect.monthsBack(column)} END`;
  const id = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE ${column} || '~' || @k END`;
  const vector = dialect.vectorColumn ? ', fts' : '';
  return [
    `INSERT INTO pages (sha256, uri, origin, format, byte_length, record_count)
     SELECT sha256 || '~' || @k, uri || '#' || @k, origin, format, byte_length, record_count FROM pages
     WHERE sha256 NOT LIKE '%~%'`,
    `INSERT INTO articles (seq, id, page_sha256, kind, parent, position, uri, language, title, published, day, dyad,
       duplicate_of, story_id, minhash, record${vector})
     SELECT seq + @k * @last, ${id('id')}, ${id('page_sha256')}, kind, ${id('parent')}, position, uri || '#' || @k,
       language, title, ${day('published')}, ${day('day')}, dyad, ${id('duplicate_of')}, ${id('story_id')}, minhash,
       record${vector}
     FROM articles WHERE seq <= @last ORDER BY seq`,
    ...(dialect.vectorColumn
      ? []
      : [
          `INSERT INTO articles_fts (rowid, title, body)
           SELECT seq + @k * @last, COALESCE(title, ''), ${SEARCH_BODY} FROM articles WHERE seq <= @last`,
          `INSERT INTO ${FTS_BY_DAY} (rowid, title, body, pairs)
           SELECT ${dayKeySql(day('day'), 'seq + @k * @last')}, COALESCE(title, ''), ${SEARCH_BODY},
             ${pairTokensSql('articles.id')}
           FROM articles WHERE seq <= @last`,
        ]),
    `INSERT INTO stories (id, dyad, first_day, last_day, article_count)
     SELECT id || '~' || @k, dyad, ${day('first_day')}, ${day('last_day')}, article_count FROM stories WHERE id NOT LIKE '%~%'`,
    `INSERT INTO article_entities (article_id, local_id, entity_id)
     SELECT x.article_id || '~' || @k, x.local_id, x.entity_id FROM article_entities x
     JOIN articles a ON a.id = x.article_id WHERE a.seq <= @last`,
    `INSERT INTO mentions (article_id, local_id, entity_id, start, "end", rule_id)
     SELECT x.article_id || '~' || @k, x.local_id, x.entity_id, x.start, x."end", x.rule_id FROM mentions x
     JOIN articles a ON a.id = x.article_id WHERE a.seq <= @last`,
    `INSERT INTO dates (article_id, start, "end", text, value, grain, anchor, rule_id)
     SELECT x.article_id || '~' || @k, x.start, x."end", x.text, x.value, x.grain, x.anchor, x.rule_id FROM dates x
     JOIN articles a ON a.id = x.article_id WHERE a.seq <= @last`,
    `INSERT INTO events (article_id, local_id, event, cameo, quad, mode, context, sectors, actor_codes, recipient_codes,
       dyad, day, evidence_start, evidence_end, evidence_text, cue_start, cue_end, rule_id, confidence, negated,
       hypothetical, is_commitment, counted)
     SELECT x.article_id || '~' || @k, x.local_id, x.event, x.cameo, x.quad, x.mode, x.context, x.sectors,
       x.actor_codes, x.recipient_codes, x.dyad, ${day('x.day')}, x.evidence_start, x.evidence_end, x.evidence_text,
       x.cue_start, x.cue_end, x.rule_id, x.confidence, x.negated, x.hypothetical, x.is_commitment, x.counted
     FROM events x JOIN articles a ON a.id = x.article_id WHERE a.seq <= @last ORDER BY a.seq, x.local_id`,
    `INSERT INTO entity_roles (entity_id, article_id, title, country, day, start, "end", rule_id)
     SELECT x.entity_id, x.article_id || '~' || @k, x.title, x.country, ${day('x.day')}, x.start, x."end", x.rule_id
     FROM entity_roles x JOIN articles a ON a.id = x.article_id WHERE a.seq <= @last`,
    `INSERT INTO event_participants (article_id, event_local_id, side, entity_id)
     SELECT x.article_id || '~' || @k, x.event_local_id, x.side, x.entity_id FROM event_participants x
     JOIN articles a ON a.id = x.article_id WHERE a.seq <= @last`,
    `INSERT INTO commitments (article_id, event_local_id, kind, by_code, to_code, dyad, what, due_text, due_value,
       due_day, stated_day, status, status_rule, status_as_of, fulfilled_article, fulfilled_event)
     SELECT x.article_id || '~' || @k, x.event_local_id, x.kind, x.by_code, x.to_code, x.dyad, x.what, x.due_text,
       x.due_value, ${day('x.due_day')}, ${day('x.stated_day')}, x.status, x.status_rule, x.status_as_of,
       ${id('x.fulfilled_article')}, x.fulfilled_event
     FROM commitments x JOIN articles a ON a.id = x.article_id WHERE a.seq <= @last`,
  ];
}

/**
 * A large store from a smaller ingested one, for the API and first-open benchmarks: the seed's
 * analysed articles copied (new ids, dates moved back a month per copy) until `articles` are
 * stored. Reports each copy as it lands; the text is the seed's, not new text.
 */
export function growStore(options: GrowStoreOptions, write: (line: string) => void): string {
  if (!existsSync(options.from)) throw new Error(`bench grow: no database at ${options.from}`);
  if (existsSync(options.to)) throw new Error(`bench grow: ${options.to} exists already`);
  copyFileSync(options.from, options.to);
  const db = new Database(options.to);
  try {
    registerSearchBody(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    const { last, seedArticles } = db
      .prepare('SELECT MAX(seq) AS last, COUNT(*) AS seedArticles FROM articles')
      .get() as { last: number; seedArticles: number };
    const copies = Math.max(0, Math.ceil(options.articles / seedArticles) - 1);
    const statements = copySql(SQLITE_GROW).map((sql) => db.prepare(sql));
    const started = performance.now();
    for (let k = 1; k <= copies; k++) {
      db.transaction(() => {
        // The copy number bound as an integer: a JavaScript number is bound as a real ("a_…~1.0").
        for (const statement of statements) statement.run({ k: BigInt(k), last });
      })();
      write(
        `  copy ${k}/${copies}: ${(k + 1) * seedArticles} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    const texts = refreshDossierTexts(db);
    write(`  dossier texts of ${texts} pairs written`);
    for (const table of ['articles_fts', FTS_BY_DAY])
      db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const totals = db
      .prepare('SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events')
      .get() as { articles: number; events: number };
    return `grown store: ${totals.articles} articles, ${totals.events} events (${seedArticles} ingested articles × ${copies + 1}) in ${options.to}`;
  } finally {
    db.close();
  }
}

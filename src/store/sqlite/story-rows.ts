import type Database from 'better-sqlite3';
import { storyRowsSql } from '../page-writer/story-rows.js';
import { withStory } from '../page-writer/story-assigner.js';

/** Story ids given as the JSON array parameter `@ids`. */
const listed = (column: string) => `${column} IN (SELECT value FROM json_each(@ids))`;

/**
 * The story side of SQLite's page-writer storage (`PageStorage.storyMembers` … `refreshStories`).
 * Refreshing a story also computes its `dyad_stories` dossier figures again with migration 6's
 * definition (the insert triggers only ever add to them).
 */
export class SqliteStoryRows {
  private readonly members: Database.Statement;
  private readonly copies: Database.Statement;
  private readonly recordOf: Database.Statement;
  private readonly repoint: Database.Statement;
  private readonly refresh: Database.Statement[];

  constructor(db: Database.Database) {
    this.members = db.prepare(`SELECT id FROM articles WHERE ${listed('story_id')} ORDER BY id`);
    this.copies = db.prepare('SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id');
    this.recordOf = db.prepare('SELECT record FROM articles WHERE id = ?');
    this.repoint = db.prepare('UPDATE articles SET story_id = @story, record = @record WHERE id = @id');
    this.refresh = [
      ...storyRowsSql(listed),
      `DELETE FROM dyad_stories WHERE ${listed('story_id')}`,
      `INSERT INTO dyad_stories (dyad, story_id, articles, events, first_seq)
       SELECT e.dyad, a.story_id, COUNT(DISTINCT a.seq), COUNT(*), MIN(a.seq)
       FROM articles a INDEXED BY articles_story CROSS JOIN events e ON e.article_id = a.id
       WHERE ${listed('a.story_id')} AND a.duplicate_of IS NULL
         AND e.dyad IS NOT NULL AND e.counted = 1 AND e.negated = 0 AND e.hypothetical = 0
       GROUP BY 1, 2`,
    ].map((sql) => db.prepare(sql));
  }

  storyMembers(storyIds: string[]): string[] {
    return (this.members.all({ ids: JSON.stringify(storyIds) }) as Array<{ id: string }>).map(
      (row) => row.id,
    );
  }

  copiesOf(articleId: string): string[] {
    return (this.copies.all(articleId) as Array<{ id: string }>).map((row) => row.id);
  }

  moveToStory(articleIds: string[], story: string | null): void {
    for (const id of articleIds) {
      const { record } = this.recordOf.get(id) as { record: string };
      this.repoint.run({ id, story, record: withStory(record, story) });
    }
  }

  refreshStories(storyIds: string[]): void {
    if (storyIds.length === 0) return;
    const ids = JSON.stringify(storyIds);
    for (const statement of this.refresh) statement.run({ ids });
  }
}

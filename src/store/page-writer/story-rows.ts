/**
 * The SQL that computes stories' rows again from their member articles (`PageStorage.refreshStories`):
 * days from the earliest to the latest member's, the count of members; a story without members is
 * deleted. `memberTest` is an SQL test of a story id (`IN (…)`, `= ANY(…)`) with one parameter, the
 * list of story ids; SQLite and PostgreSQL both read the statements.
 */
export function storyRowsSql(memberTest: (column: string) => string): string[] {
  return [
    `DELETE FROM stories WHERE ${memberTest('id')}`,
    `INSERT INTO stories (id, dyad, first_day, last_day, article_count)
     SELECT story_id, COALESCE(MIN(dyad), ''), MIN(day), MAX(day), COUNT(*) FROM articles
     WHERE ${memberTest('story_id')} GROUP BY story_id`,
  ];
}

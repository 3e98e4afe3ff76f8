import { readdirSync, readFileSync, existsSync } from 'node:fs';

/** Page-structure markers merged from every language pack (`lang/<code>/page-markers.json`). */
export interface PageMarkers {
  seeMore: string[];
  creditLabels: string[];
  bylineDateLabels: string[];
  imageMarkers: string[];
}

const LANG_DIR = new URL('../../lang/', import.meta.url);

function loadPageMarkers(): PageMarkers {
  const merged: PageMarkers = { seeMore: [], creditLabels: [], bylineDateLabels: [], imageMarkers: [] };
  for (const code of readdirSync(LANG_DIR).sort()) {
    const file = new URL(`${code}/page-markers.json`, LANG_DIR);
    if (!existsSync(file)) continue;
    const pack = JSON.parse(readFileSync(file, 'utf8')) as Partial<PageMarkers>;
    for (const key of ['seeMore', 'creditLabels', 'bylineDateLabels', 'imageMarkers'] as const) {
      merged[key].push(...(pack[key] ?? []));
    }
  }
  return merged;
}

/** Month names of every language pack, lower case → month number. */
function loadMonthNames(): Map<string, number> {
  const months = new Map<string, number>();
  for (const code of readdirSync(LANG_DIR).sort()) {
    const file = new URL(`${code}/months.json`, LANG_DIR);
    if (!existsSync(file)) continue;
    for (const [name, value] of Object.entries(
      JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>,
    )) {
      if (typeof value === 'number') months.set(name, value);
    }
  }
  return months;
}

export const pageMarkers: PageMarkers = loadPageMarkers();
export const monthNames: Map<string, number> = loadMonthNames();

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of literals, longest first so that "Photo d'illustration" wins over "Photo". */
export function alternation(literals: readonly string[]): string {
  return [...new Set(literals)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((literal) => escapeRegExp(literal).replace(/'/g, "['’]"))
    .join('|');
}

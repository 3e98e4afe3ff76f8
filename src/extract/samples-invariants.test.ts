import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../records/article.js';
import { extractSample, listSamples } from '../test-support/samples.js';

// Structural invariants over every sample page, independent of the golden files.
const MIN_MATCH_CHARS = 20;
const samples = listSamples();

interface Invariant {
  name: string;
  appliesTo: (rel: string) => boolean;
  check: (records: ArticleRecord[]) => void;
}

/**
 * Invariants a sample is known to break today, run as `it.fails` so that a fix shows up as a
 * failure asking to remove the entry. Keep the reason next to each entry.
 */
const KNOWN_ISSUES: Record<string, string[]> = {};

/** The body paragraphs of a record (after title and lead). */
function bodyParagraphs(record: ArticleRecord): string[] {
  const skip = (record.title ? 1 : 0) + (record.lead ? 1 : 0);
  return record.paragraphs.slice(skip).map((p) => record.text.slice(p.start, p.end));
}

const everyPage = (): boolean => true;
const textDumps = (rel: string): boolean => rel.startsWith('text/');

const INVARIANTS: Invariant[] = [
  {
    name: 'has its main article first, then teasers pointing at it',
    appliesTo: everyPage,
    check: ([main, ...teasers]) => {
      expect(main?.kind).toBe('article');
      expect(main?.title).toBeTruthy();
      teasers.forEach((teaser, i) => {
        expect(teaser.kind).toBe('teaser');
        expect(teaser.parent).toBe(main!.id);
        expect(teaser.position).toBe(i + 1);
      });
    },
  },
  {
    name: 'lays out text as title, lead and paragraphs that its spans slice',
    appliesTo: everyPage,
    check: (records) => {
      for (const record of records) {
        const blocks = record.paragraphs.map((p) => record.text.slice(p.start, p.end));
        expect(blocks.join('\n\n')).toBe(record.text);
        expect(blocks[0]).toBe(record.title);
        if (record.lead) expect(blocks[1]).toBe(record.lead);
        for (const block of blocks) {
          expect(block.length).toBeGreaterThan(0);
          expect(block).toBe(block.trim());
          expect(block).not.toMatch(/\n|\u00a0| {2}/);
        }
        if (record.dateline) {
          const { start, end } = record.dateline;
          expect(0 <= start && start < end && end <= record.text.length).toBe(true);
          expect(record.paragraphs.some((p) => p.start === start && end <= p.end)).toBe(true);
        }
      }
    },
  },
  {
    name: 'keeps teaser titles out of the main article',
    appliesTo: everyPage,
    check: ([main, ...teasers]) => {
      for (const teaser of teasers) {
        if (teaser.title && teaser.title.length >= MIN_MATCH_CHARS) {
          expect(main!.text).not.toContain(teaser.title);
        }
      }
    },
  },
  {
    name: 'keeps caption text out of body text',
    appliesTo: everyPage,
    check: (records) => {
      const mainBody = bodyParagraphs(records[0]!).join('\n');
      for (const record of records) {
        for (const caption of record.captions) {
          if (caption.text.length < MIN_MATCH_CHARS) continue;
          expect(mainBody).not.toContain(caption.text);
          for (const paragraph of bodyParagraphs(record)) expect(paragraph).not.toContain(caption.text);
        }
      }
    },
  },
  {
    name: 'finds at least two teasers in a text dump',
    appliesTo: textDumps,
    check: (records) => expect(records.length - 1).toBeGreaterThanOrEqual(2),
  },
  {
    name: 'strips the sign-off, markers and credits from a text dump',
    appliesTo: textDumps,
    check: ([main]) => {
      expect(main!.signoff).toBeTruthy();
      const lastBody = bodyParagraphs(main!).at(-1) ?? '';
      expect(lastBody).not.toMatch(/[-–—]\s*VNA(?:\/VI)?$|\((?:AFP|Reuters)\)$/u);
      expect(main!.text).not.toMatch(/^(?:Voir plus|Lire aussi|See more|Related news|More stories)$/mu);
      expect(main!.text).not.toMatch(/Photo\s*:|ảnh \d/u);
    },
  },
];

describe('known issues', () => {
  it('name existing samples and invariants', () => {
    for (const [rel, names] of Object.entries(KNOWN_ISSUES)) {
      expect(samples).toContain(rel);
      for (const name of names) expect(INVARIANTS.map((inv) => inv.name)).toContain(name);
    }
  });
});

describe.each(samples)('sample %s', (rel) => {
  const all = extractSample(rel);
  const articles = all.filter((record): record is ArticleRecord => record.kind !== 'error');
  it('yields article records only', () => {
    expect(all.filter((record) => record.kind === 'error')).toEqual([]);
  });
  for (const invariant of INVARIANTS) {
    if (!invariant.appliesTo(rel)) continue;
    const known = KNOWN_ISSUES[rel]?.includes(invariant.name) ?? false;
    (known ? it.fails : it)(invariant.name, () => invariant.check(articles));
  }
});

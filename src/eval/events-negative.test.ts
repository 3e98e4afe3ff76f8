import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonLines } from './jsonl-file.js';
import { NEGATIVE_SET, evalNegativeSet, type NegativeSentence } from './events-negative.js';
import { fileURLToPath } from 'node:url';

describe('negative set', () => {
  it('ships at least 200 French and English sentences, each with an id, a sense and a text', () => {
    const sentences = readJsonLines<NegativeSentence>(fileURLToPath(NEGATIVE_SET));
    expect(sentences.length).toBeGreaterThanOrEqual(200);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    for (const lang of ['fr', 'en']) {
      expect(sentences.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(100);
    }
    expect(sentences.every((s) => s.sense.length > 0 && s.text.length > 0)).toBe(true);
  });

  it('prints false events per 100 sentences, overall and per language, and lists them on request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-negative-'));
    const file = join(dir, 'negative.jsonl');
    const rows = [
      { id: 'n1', lang: 'en', sense: 'weather', text: 'Heavy rain fell on the capital on Sunday.' },
      { id: 'n2', lang: 'fr', sense: 'culture', text: "Le musée rouvrira ses portes à l'automne." },
    ];
    writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n'));
    const report = evalNegativeSet(file, true);
    expect(report).toMatch(/^Negative set: 2 sentences/);
    expect(report).toMatch(/false events per 100 sentences {2}\d+\.\d \(\d+ in 2 sentences\)/);
    expect(report).toMatch(/^ {4}en +\d+\.\d \(\d+ in 1 sentences\)$/m);
    expect(report).toMatch(/^ {4}fr +\d+\.\d \(\d+ in 1 sentences\)$/m);
    expect(report).toContain('false events:');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { eldDetect } from './eld-compact.js';

const detector = eld.newInstance();
detector.enableTextCleanup(true);

function eldOwn(text: string): { language: string; reliable: boolean; scores: Array<[string, number]> } {
  const result = detector.detect(text);
  return {
    language: result.language,
    reliable: result.isReliable(),
    scores: Object.entries(result.getScores()),
  };
}

const SAMPLES = new URL('../../samples/', import.meta.url);

/** Texts of every kind the detector meets: the bundled samples cut into paragraphs and windows. */
function texts(): string[] {
  const out = [
    '',
    ' ',
    '12/11/2016 23:07',
    'ok',
    'Le',
    'Hà Nội',
    'Москва и Пекин подписали соглашение',
    '中国和越南举行会谈',
    'See https://example.com/a and mail press@example.org, code A320neo.',
    "don't won’t l'État",
    'x'.repeat(1500),
  ];
  for (const name of readdirSync(SAMPLES, { recursive: true }) as string[]) {
    if (!name.endsWith('.txt')) continue;
    const text = readFileSync(new URL(name, SAMPLES), 'utf8');
    for (const block of text.split(/\n\s*\n/)) out.push(block);
    for (let at = 0; at < text.length; at += 700) out.push(text.slice(at, at + 1200));
  }
  return out;
}

describe('eldDetect', () => {
  it("gives eld's own verdicts, scores and reliability", () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(100);
    for (const text of all) expect(eldDetect(text), text.slice(0, 80)).toEqual(eldOwn(text));
  });
});

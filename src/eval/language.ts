import { readFileSync } from 'node:fs';
import { franc } from 'franc-min';
import { detectLanguage } from '../language/detect-language.js';
import { eldVerdict } from '../language/eld-scores.js';
import { isSupportedLanguage } from '../language/supported-languages.js';

/** One text with its gold language ("und" when the gold language is not supported). */
interface LanguageCase {
  set: string;
  gold: string;
  text: string;
}

type Detector = (item: LanguageCase) => string;

const SHORT_BLOCK_CHARS = 60;
const TITLE_CHARS = 90;
const FRANC_CODES: Record<string, string> = { fra: 'fr', eng: 'en' };

function goldOf(lang: string): string {
  return isSupportedLanguage(lang) ? lang : 'und';
}

function readJsonl(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Cases from agency-news (whole texts, first lines as titles, short blocks) and the extraction set. */
export function languageCases(dataDir: string): LanguageCase[] {
  const cases: LanguageCase[] = [];
  for (const item of readJsonl(`${dataDir}/agency-news/dev.jsonl`)) {
    const text = String(item.text);
    const gold = goldOf(String(item.lang));
    cases.push({ set: 'agency text', gold, text });
    cases.push({ set: 'agency first line', gold, text: (text.split('\n')[0] ?? '').slice(0, TITLE_CHARS) });
    for (const block of text.split(/\n{2,}/)) {
      if (block.length >= 15 && block.length < SHORT_BLOCK_CHARS)
        cases.push({ set: 'agency short block', gold, text: block });
    }
  }
  for (const item of readJsonl(`${dataDir}/extraction/cases.jsonl`)) {
    const gold = goldOf(String(item.lang));
    if (typeof item.expected_text === 'string')
      cases.push({ set: 'extraction text', gold, text: item.expected_text });
    if (typeof item.expected_title === 'string')
      cases.push({ set: 'extraction title', gold, text: item.expected_title });
    for (const snippet of (item.must_contain as string[] | undefined) ?? []) {
      cases.push({ set: 'extraction snippet', gold, text: snippet });
    }
  }
  return cases;
}

function otherSupported(gold: string): string {
  return gold === 'fr' ? 'en' : 'fr';
}

const DETECTORS: Array<[string, Detector]> = [
  ['entente (no prior)', (item) => detectLanguage(item.text).language],
  [
    'entente (right prior)',
    (item) => detectLanguage(item.text, { prior: item.gold === 'und' ? null : item.gold }).language,
  ],
  [
    'entente (wrong prior)',
    (item) => detectLanguage(item.text, { prior: otherSupported(item.gold) }).language,
  ],
  ['eld extrasmall, raw', (item) => goldOf(eldVerdict(item.text).best || 'und')],
  ['franc-min, all', (item) => FRANC_CODES[franc(item.text, { minLength: 1 })] ?? 'und'],
  [
    'franc-min, fra+eng only',
    (item) => FRANC_CODES[franc(item.text, { only: ['fra', 'eng'], minLength: 1 })] ?? 'und',
  ],
];

/** Accuracy per case set and throughput of Entente's detector and the raw candidates, as a table. */
export function evalLanguage(dataDir: string, showMisses = false): string {
  const cases = languageCases(dataDir);
  const sets = [...new Set(cases.map((item) => item.set))];
  const chars = cases.reduce((sum, item) => sum + item.text.length, 0);
  const lines = [
    `language identification: ${cases.length} texts, ${(chars / 1e6).toFixed(2)} MB; accuracy per set (gold "und" = unsupported language)`,
    ['detector', ...sets.map((set) => `${set} (${cases.filter((c) => c.set === set).length})`), 'MB/s'].join(
      ' | ',
    ),
  ];
  const misses: string[] = [];
  for (const [name, detect] of DETECTORS) {
    cases.slice(0, 50).forEach((item) => detect(item)); // warm up the JIT before timing
    const started = performance.now();
    const answers = cases.map((item) => detect(item));
    const seconds = (performance.now() - started) / 1000;
    const row = sets.map((set) => {
      const indexes = cases.flatMap((item, i) => (item.set === set ? [i] : []));
      const right = indexes.filter((i) => answers[i] === cases[i]!.gold).length;
      return `${((100 * right) / indexes.length).toFixed(1)}%`;
    });
    lines.push([name, ...row, (chars / 1e6 / seconds).toFixed(1)].join(' | '));
    if (showMisses && name === 'entente (no prior)') {
      cases.forEach((item, i) => {
        if (answers[i] !== item.gold)
          misses.push(
            `  ${item.set}: gold ${item.gold}, got ${answers[i]}: ${JSON.stringify(item.text.slice(0, 80))}`,
          );
      });
    }
  }
  if (misses.length > 0) lines.push('misses of entente (no prior):', ...misses);
  return lines.join('\n');
}

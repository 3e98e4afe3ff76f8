import { eldVerdict } from './eld-scores.js';
import { countInRuns, countLetters, hasLetters, maskProperNames } from './name-mask.js';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './supported-languages.js';

/** The language code for "undetermined" (ISO 639-2), written when no supported language fits. */
export const UNDETERMINED = 'und';

// Texts shorter than this (teaser titles, captions) are judged with the prior first.
const SHORT_TEXT_CHARS = 60;
// Names are masked only when enough ordinary words remain to judge the language.
const MIN_MASKED_LETTERS = 20;
// Below this share of letters in a supported script, the text is "und" (Chinese, Russian…).
const MIN_SCRIPT_SHARE = 0.5;
// A supported language this close to an unsupported best one still counts as detected.
const CLOSE_TO_BEST = 0.05;
// How far the detector must prefer another supported language to overrule the prior.
const OVERRULE_MARGIN_LONG = 0.05;
const OVERRULE_MARGIN_SHORT = 0.15;
// The detector is linear but there is no use reading a megabyte to name a language.
const MAX_SAMPLE_CHARS = 20_000;

/** What `detectLanguage` concludes, with whether the evidence was strong enough to trust. */
export interface LanguageGuess {
  /** A supported language code or "und". */
  language: string;
  confident: boolean;
  /** Why, in a few words (used in low-confidence diagnostics). */
  reason: string;
}

/** What else is known about the text. */
export interface DetectLanguageOptions {
  /** Expected language (the page's declared language, a teaser's main article); null when unknown. */
  prior?: string | null;
  /** Languages to choose from; defaults to the repository's language packs. */
  languages?: readonly SupportedLanguage[];
}

function sampleOf(text: string): string {
  if (text.length <= MAX_SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', MAX_SAMPLE_CHARS);
  return text.slice(0, cut > MAX_SAMPLE_CHARS / 2 ? cut : MAX_SAMPLE_CHARS);
}

const scriptPatterns = new WeakMap<readonly SupportedLanguage[], RegExp>();

function scriptShare(text: string, languages: readonly SupportedLanguage[], letters: number): number {
  let pattern = scriptPatterns.get(languages);
  if (!pattern) {
    const scripts = [...new Set(languages.flatMap((language) => language.scripts))];
    const classes = scripts.map((script) => `\\p{Script=${script}}`).join('');
    pattern = classes ? new RegExp(`[${classes}]+`, 'gu') : /(?!)/gu;
    scriptPatterns.set(languages, pattern);
  }
  return countInRuns(text, pattern) / letters;
}

/**
 * Identify the language of one article or teaser among the supported languages, or "und".
 * eld scores the text with proper names masked; a short text keeps its prior unless the detector
 * clearly prefers another supported language.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  const languages = options.languages ?? SUPPORTED_LANGUAGES;
  const sample = sampleOf(text);
  const letters = countLetters(sample);
  if (letters === 0) return { language: UNDETERMINED, confident: true, reason: 'no letters' };
  if (scriptShare(sample, languages, letters) < MIN_SCRIPT_SHARE) {
    return { language: UNDETERMINED, confident: true, reason: 'written in an unsupported script' };
  }

  const masked = maskProperNames(sample);
  const verdict = eldVerdict(hasLetters(masked, MIN_MASKED_LETTERS) ? masked : sample);
  const scoreOf = (code: string): number => verdict.scores.find(([language]) => language === code)?.[1] ?? 0;
  const bestScore = verdict.scores[0]?.[1] ?? 0;
  const [top] = languages
    .map((language): [string, number] => [language.code, scoreOf(language.code)])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const detected = top && top[1] > 0 && top[1] >= bestScore - CLOSE_TO_BEST ? top[0] : null;
  const short = sample.trim().length < SHORT_TEXT_CHARS;
  const prior = options.prior && languages.some((l) => l.code === options.prior) ? options.prior : null;
  const seen = verdict.best ? `detector says "${verdict.best}"` : 'detector found no evidence';

  if (detected === null) {
    if (prior && short) return { language: prior, confident: false, reason: `${seen}; kept the prior` };
    return {
      language: UNDETERMINED,
      confident: verdict.reliable,
      reason: `${seen}, not a supported language`,
    };
  }
  if (prior === null || detected === prior) {
    const confident = prior !== null || (verdict.reliable && !short);
    return { language: detected, confident, reason: short ? `short text, ${seen}` : seen };
  }
  const margin = scoreOf(detected) - scoreOf(prior);
  if (verdict.reliable && margin > (short ? OVERRULE_MARGIN_SHORT : OVERRULE_MARGIN_LONG)) {
    return { language: detected, confident: true, reason: `${seen} over the prior "${prior}"` };
  }
  return { language: prior, confident: false, reason: `${seen}, too weakly to overrule the prior` };
}

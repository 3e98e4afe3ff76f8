import { fileURLToPath } from 'node:url';
import { SyntaxModel } from './syntax-model.js';
import type { SyntaxLanguage } from './types.js';

/** The shipped models: `models/<lang>/syntax.bin.gz` at the repository root (from src/ and dist/ alike). */
const MODELS_DIR = new URL('../../models/', import.meta.url);

export const SYNTAX_LANGUAGES: readonly SyntaxLanguage[] = ['fr', 'en'];

export function isSyntaxLanguage(language: string | null | undefined): language is SyntaxLanguage {
  return language === 'fr' || language === 'en';
}

export function modelPath(language: SyntaxLanguage): string {
  return fileURLToPath(new URL(`${language}/syntax.bin.gz`, MODELS_DIR));
}

const loaded = new Map<SyntaxLanguage, SyntaxModel | Error>();

/**
 * The model of a language, loaded once per process. A missing or damaged file throws a
 * ModelFileError naming it, every time it is asked for, without reading the file again.
 */
export function syntaxModel(language: SyntaxLanguage): SyntaxModel {
  let model = loaded.get(language);
  if (!model) {
    try {
      model = SyntaxModel.load(modelPath(language));
    } catch (error) {
      model = error as Error;
    }
    loaded.set(language, model);
  }
  if (model instanceof Error) throw model;
  return model;
}

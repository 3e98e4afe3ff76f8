import { fileURLToPath } from 'node:url';
import { ModelFileError } from './model/model-file.js';
import { SyntaxModel, type SharedSyntaxModel } from './syntax-model.js';
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

/** Each language's model as worker threads receive it: its shared weights, or why it cannot be read. */
export type SharedSyntaxModels = Partial<Record<SyntaxLanguage, SharedSyntaxModel | { error: string }>>;

/** Weights another thread decoded (useSharedSyntaxModels), which syntaxModel builds on. */
let received: SharedSyntaxModels = {};

/** The model file of a language read and decoded, or the error saying why not. */
function loadModel(language: SyntaxLanguage): SyntaxModel | Error {
  const shared = received[language];
  try {
    if (!shared) return SyntaxModel.load(modelPath(language));
    if ('error' in shared) return new ModelFileError(shared.error);
    return SyntaxModel.fromShared(shared);
  } catch (error) {
    return error as Error;
  }
}

/**
 * The model of a language, loaded once per process (or built on the weights the thread was given).
 * A missing or damaged file throws a ModelFileError naming it, every time it is asked for, without
 * reading the file again.
 */
export function syntaxModel(language: SyntaxLanguage): SyntaxModel {
  let model = loaded.get(language);
  if (!model) {
    model = loadModel(language);
    loaded.set(language, model);
  }
  if (model instanceof Error) throw model;
  return model;
}

let sharedOnce: SharedSyntaxModels | null = null;

/**
 * Every shipped model's weights decoded once per process onto shared memory, to hand to worker
 * threads (useSharedSyntaxModels): N analysis workers then hold one copy of the weights, not N.
 * A model that cannot be read is passed on as its error, which the workers throw when asked for it.
 */
export function sharedSyntaxModels(): SharedSyntaxModels {
  if (sharedOnce) return sharedOnce;
  const models: SharedSyntaxModels = {};
  for (const language of SYNTAX_LANGUAGES) {
    const path = modelPath(language);
    try {
      models[language] = SyntaxModel.decodeShared(SyntaxModel.readFile(path), path);
    } catch (error) {
      models[language] = { error: (error as Error).message };
    }
  }
  sharedOnce = models;
  return models;
}

/** Build this thread's models on weights decoded by another thread (sharedSyntaxModels) instead of reading the files. */
export function useSharedSyntaxModels(models: SharedSyntaxModels): void {
  received = models;
  loaded.clear();
}

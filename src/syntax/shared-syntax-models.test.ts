import { describe, expect, it } from 'vitest';
import { ModelFileError } from './model/model-file.js';
import { SyntaxModel } from './syntax-model.js';
import { modelPath, syntaxModel, useSharedSyntaxModels } from './syntax-models.js';

describe('syntax models shared between threads', () => {
  it('analyse on weights decoded onto shared memory as the model loaded from its file', () => {
    const path = modelPath('fr');
    const shared = SyntaxModel.decodeShared(SyntaxModel.readFile(path), path);
    for (const weights of Object.values(shared.weights)) {
      expect(weights.offsets).toBeNull(); // the row index replaces them
      expect(weights.index!.blocks.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(weights.index!.rows.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(weights.packed.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
    const words = ['Le', 'ministre', 'a', 'rencontré', 'son', 'homologue', 'russe', 'à', 'Hanoï', '.'];
    // As a worker thread receives it (postMessage clones the views, not the memory).
    const built = SyntaxModel.fromShared(structuredClone(shared));
    expect(built.analyzeWords(words)).toEqual(SyntaxModel.load(path).analyzeWords(words));
  });

  it('throw the error of a model the sharing thread could not read, naming the file', () => {
    useSharedSyntaxModels({
      en: { error: 'models/en/syntax.bin.gz: not an Entente syntax model (bad magic)' },
    });
    try {
      expect(() => syntaxModel('en')).toThrow(ModelFileError);
      expect(() => syntaxModel('en')).toThrow(/models\/en\/syntax\.bin\.gz/);
    } finally {
      useSharedSyntaxModels({});
    }
  });
});

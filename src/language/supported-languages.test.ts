import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, isSupportedLanguage, loadSupportedLanguages } from './supported-languages.js';

describe('supported languages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are the language packs of the repository', () => {
    expect(SUPPORTED_LANGUAGES.map((language) => language.code)).toEqual(['en', 'fr']);
    expect(isSupportedLanguage('fr')).toBe(true);
    expect(isSupportedLanguage('vi')).toBe(false);
  });

  it('grow when a folder with a language.json is added, not for other folders', () => {
    mkdirSync(join(dir, 'de'));
    mkdirSync(join(dir, 'vi'));
    writeFileSync(join(dir, 'de', 'language.json'), '{"code":"de","name":"German","scripts":["Latin"]}');
    writeFileSync(join(dir, 'vi', 'page-markers.json'), '{}');
    expect(loadSupportedLanguages(pathToFileURL(`${dir}/`)).map((l) => l.code)).toEqual(['de']);
  });
});

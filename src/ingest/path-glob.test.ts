import { describe, expect, it } from 'vitest';
import { globToRegExp, pathFilter } from './path-glob.js';

describe('path globs', () => {
  it('compiles *, ?, ** and braces', () => {
    expect(globToRegExp('*.html').test('a.html')).toBe(true);
    expect(globToRegExp('*.html').test('dir/a.html')).toBe(false);
    expect(globToRegExp('**/*.txt').test('a/b/c.txt')).toBe(true);
    expect(globToRegExp('**/*.txt').test('c.txt')).toBe(true);
    expect(globToRegExp('page-?.{html,htm}').test('page-1.htm')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });

  it('includes and excludes relative paths; bare patterns match the file name', () => {
    const keep = pathFilter(['*.html', '*.txt'], ['drafts/**', '*.tmp.txt']);
    expect(keep('news/a.html')).toBe(true);
    expect(keep('drafts/b.html')).toBe(false);
    expect(keep('c.tmp.txt')).toBe(false);
    expect(keep('d.json')).toBe(false);
    expect(pathFilter([], [])('anything')).toBe(true);
  });
});

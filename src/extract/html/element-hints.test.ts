import { describe, expect, it } from 'vitest';
import type { HtmlElement } from './html-tree.js';
import { looksLikeBoilerplate, looksLikeLead, looksLikeRelated } from './element-hints.js';

function el(tag: string, attrs: Record<string, string> = {}): HtmlElement {
  return { kind: 'element', tag, attrs, children: [], parent: null };
}

describe('looksLikeBoilerplate', () => {
  it('flags furniture tags, roles, hidden elements and class hints', () => {
    expect(looksLikeBoilerplate(el('nav'))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { role: 'navigation' }))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { hidden: '' }))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { style: 'display: none' }))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { class: 'article-comments' }))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { id: 'relatedNews' }))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { class: 'ad' }))).toBe(true);
  });

  it('lets the last part of a BEM token decide between content and furniture', () => {
    expect(looksLikeBoilerplate(el('div', { class: 'article__meta' }))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { class: 'sidebar-content' }))).toBe(false);
    expect(looksLikeBoilerplate(el('div', { class: 'ArticleBody-related-coverage' }))).toBe(true);
  });

  it('does not flag content or words that merely contain a hint', () => {
    expect(looksLikeBoilerplate(el('div', { class: 'article-body' }))).toBe(false);
    expect(looksLikeBoilerplate(el('div', { class: 'header-image loaded' }))).toBe(true);
    expect(looksLikeBoilerplate(el('div', { class: 'shadow reader' }))).toBe(false);
    expect(looksLikeBoilerplate(el('p'))).toBe(false);
  });

  it("gives the same verdicts with a page's verdicts kept by class, headings apart", () => {
    const verdicts = new Map();
    const cases: Array<[string, Record<string, string>]> = [
      ['div', { class: 'nav_section-2' }],
      ['h2', { class: 'nav_section-2' }],
      ['div', { class: 'nav_section-2' }],
      ['h3', { id: 'relatedNews' }],
      ['div', { class: 'sidebar-content' }],
      ['div', { class: 'sidebar-content' }],
      ['div', { class: 'Légende' }],
    ];
    for (const [tag, attrs] of cases) {
      expect(looksLikeBoilerplate(el(tag, attrs), verdicts)).toBe(looksLikeBoilerplate(el(tag, attrs)));
    }
    expect(looksLikeBoilerplate(el('h2', { class: 'nav_section-2' }), verdicts)).toBe(false);
    expect(looksLikeBoilerplate(el('div', { class: 'nav_section-2' }), verdicts)).toBe(true);
  });
});

describe('lead and related hints', () => {
  it('recognises standfirsts and related blocks', () => {
    expect(looksLikeLead(el('div', { class: 'chapo' }))).toBe(true);
    expect(looksLikeLead(el('p', { class: 'article-standfirst' }))).toBe(true);
    expect(looksLikeLead(el('p', { class: 'body' }))).toBe(false);
    expect(looksLikeRelated(el('section', { class: 'savoir_plus_block' }))).toBe(true);
    expect(looksLikeRelated(el('section', { class: 'article-body' }))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  pageTemplate,
  poolWord,
  realSizePages,
  templateMarkup,
  type PageTemplate,
} from './real-size-pages.js';

const HTML = `<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Harbour works resume</title>
<style>.lead { font-weight: bold }</style><script>var tracking = "keep these words";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Harbour works resume</h1>
${Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}: engineers reopened the eastern quay while inspectors counted the cranes and barges waiting offshore.</p>`).join('\n')}
</article></body></html>`;

/** The template's page again: markup and text runs interleaved. */
function templateHtml(template: PageTemplate): { html: string; markup: string } {
  const decoder = new TextDecoder();
  const markupRuns: string[] = [];
  const bytes = templateMarkup(template);
  let from = 0;
  for (const to of template.markupEnds) {
    markupRuns.push(decoder.decode(bytes.subarray(from, to)));
    from = to;
  }
  const html = markupRuns.map((run, i) => run + (template.texts[i] ?? '')).join('');
  return { html, markup: markupRuns.join('') };
}

describe('real-size pages', () => {
  const template = pageTemplate('harbour.html', HTML);

  it('keeps markup, scripts and styles apart from the text it perturbs, and declares UTF-8', () => {
    const { html, markup } = templateHtml(template);
    expect(html).toBe(HTML.replace('iso-8859-1', 'utf-8'));
    expect(markup).toContain('var tracking = "keep these words"');
    const words = Array.from(template.words.ends, (_, i) => poolWord(template.words, i));
    expect(words).toContain('engineers');
    expect(words).not.toContain('tracking');
  });

  it('is deterministic, keeps the page weight and makes distinct pages with some republished', () => {
    const options = { pages: 40, seed: 3, duplicateRate: 0.3 };
    const pages = [...realSizePages([template], options)];
    const again = [...realSizePages([template], options)];
    expect(pages.map((p) => p.sha256)).toEqual(again.map((p) => p.sha256));
    expect(new Set(pages.map((p) => p.sha256)).size).toBe(40);
    for (const page of pages) {
      expect(Math.abs(page.bytes.length - HTML.length) / HTML.length).toBeLessThan(0.1);
    }
    const text = new TextDecoder().decode(pages[0]!.bytes);
    expect(text).toContain('var tracking = "keep these words"');
    expect(text).not.toBe(HTML);
    expect(pages.some((p) => p.uri.includes('mirror'))).toBe(true);
  });

  it('refuses to generate from no templates', () => {
    expect(() => [...realSizePages([], { pages: 1, seed: 1, duplicateRate: 0 })]).toThrow(/template/);
  });
});

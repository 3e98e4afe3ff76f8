import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, descendants, parseHtmlTree, textOf } from './html-tree.js';

describe('parseHtmlTree', () => {
  it('drops the content of script, style, template, noscript, iframe and svg', () => {
    const doc = parseHtmlTree(
      '<p>kept<script>bad()</script><style>.x{}</style><template>t</template><noscript>n</noscript>' +
        '<iframe>i</iframe><svg><text>s</text></svg></p>',
    );
    expect(textOf(doc.root)).toBe('kept');
  });

  it('keeps JSON-LD script bodies apart', () => {
    const doc = parseHtmlTree('<script type="application/ld+json">{"a":1}</script><p>x</p>');
    expect(doc.jsonLd).toEqual(['{"a":1}']);
    expect(textOf(doc.root)).toBe('x');
  });

  it('closes truncated markup', () => {
    const doc = parseHtmlTree('<div><p>one</p><p>two, cut in the mid');
    expect([...descendants(doc.root)].map((el) => el.tag)).toEqual(['div', 'p', 'p']);
    expect(textOf(doc.root)).toBe('onetwo, cut in the mid');
  });

  it('flattens elements nested deeper than MAX_DEPTH without recursion', () => {
    const depth = 100_000;
    const doc = parseHtmlTree(`${'<div>'.repeat(depth)}<p>deep text</p>${'</div>'.repeat(depth)}<p>after</p>`);
    expect(doc.depthCapped).toBe(true);
    const tags = [...descendants(doc.root)];
    expect(tags.length).toBeLessThanOrEqual(MAX_DEPTH + 2);
    expect(textOf(doc.root)).toBe('deep textafter');
  });

  it('decodes entities in text and attributes', () => {
    const doc = parseHtmlTree('<a title="R&amp;D">caf&eacute; &amp; th&#233;</a>');
    const link = [...descendants(doc.root)][0]!;
    expect(link.attrs.title).toBe('R&D');
    expect(textOf(link)).toBe('café & thé');
  });
});

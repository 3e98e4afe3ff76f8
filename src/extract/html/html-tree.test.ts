import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_ELEMENTS, descendants, elementsUnder, parseHtmlTree, textOf } from './html-tree.js';

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

  it('lists the elements under a node in the order descendants walks them', () => {
    const doc = parseHtmlTree(
      '<div id="a"><p id="b">x<b id="c">y</b></p>t<ul id="d"><li id="e">z</li></ul></div><p id="f"></p>',
    );
    const ids = (elements: Iterable<{ attrs: Record<string, string> }>) =>
      [...elements].map((el) => el.attrs.id);
    expect(ids(elementsUnder(doc.root))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const div = elementsUnder(doc.root)[0]!;
    expect(ids(elementsUnder(div))).toEqual(ids(descendants(div)));
  });

  it('closes truncated markup', () => {
    const doc = parseHtmlTree('<div><p>one</p><p>two, cut in the mid');
    expect([...descendants(doc.root)].map((el) => el.tag)).toEqual(['div', 'p', 'p']);
    expect(textOf(doc.root)).toBe('onetwo, cut in the mid');
  });

  it('flattens elements nested deeper than MAX_DEPTH, keeping text order and block boundaries', () => {
    const depth = 800;
    const doc = parseHtmlTree(
      `${'<div>'.repeat(depth)}<p>one</p>x<p>two</p>${'</div>'.repeat(depth)}<p>after</p>`,
    );
    expect(doc.depthCapped).toBe(true);
    let deepest = 0;
    for (const el of descendants(doc.root)) {
      let level = 0;
      for (let up = el.parent; up; up = up.parent) level++;
      deepest = Math.max(deepest, level);
    }
    expect(deepest).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(textOf(doc.root)).toBe('onextwoafter');
    expect([...descendants(doc.root)].filter((el) => el.tag === 'p')).toHaveLength(3);
  });

  it('keeps at most MAX_ELEMENTS elements, and the text of the tags it drops', () => {
    const doc = parseHtmlTree(`<div>${'<span>x</span>'.repeat(MAX_ELEMENTS + 10)}</div><p>after</p>`);
    expect(doc.elementsCapped).toBe(true);
    expect([...descendants(doc.root)]).toHaveLength(MAX_ELEMENTS);
    expect(textOf(doc.root)).toBe(`${'x'.repeat(MAX_ELEMENTS + 10)}after`);
    expect(parseHtmlTree('<p>small</p>').elementsCapped).toBe(false);
  });

  it('stays linear on 100k nested elements', () => {
    const depth = 100_000;
    const doc = parseHtmlTree(
      `${'<div>'.repeat(depth)}<p>deep text</p>${'</div>'.repeat(depth)}<p>after</p>`,
    );
    expect(doc.depthCapped).toBe(true);
    expect(textOf(doc.root)).toBe('deep textafter');
  });

  it('decodes entities in text and attributes', () => {
    const doc = parseHtmlTree('<a title="R&amp;D">caf&eacute; &amp; th&#233;</a>');
    const link = [...descendants(doc.root)][0]!;
    expect(link.attrs.title).toBe('R&D');
    expect(textOf(link)).toBe('café & thé');
  });
});

import { describe, expect, it } from 'vitest';
import { DiagnosticCollector } from '../../pipeline/stage.js';
import { segmentHtml } from './segment-html.js';

const PROSE = [
  'The two ministers met in Hanoi on Monday, discussed trade and investment, and agreed to meet again next year.',
  'They also signed a memorandum on education, which covers scholarships, teacher training and joint research.',
  'Officials said the agreements would take effect in July, after both governments complete their procedures.',
];

function page(head: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
}

function article(extra = ''): string {
  return `<article><h1>Ministers meet in Hanoi</h1>${extra}${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

function segment(html: string) {
  const ctx = new DiagnosticCollector();
  return { ...segmentHtml(html, ctx), diagnostics: ctx.diagnostics };
}

describe('segmentHtml: main content', () => {
  it('keeps the article paragraphs in order and drops navigation, footer, comments and share bars', () => {
    const html = page(
      '<title>Ministers meet in Hanoi | Example</title>',
      `<nav><a href="/">Home</a><a href="/world">World news from every region of the planet</a></nav>
       <div class="share-buttons"><a href="#">Share on Facebook and other networks, right now</a></div>
       ${article()}
       <div id="comments"><p>Great article, thank you, I learned a lot about the talks in Hanoi today.</p></div>
       <footer><p>Copyright Example, all rights reserved, terms of use and privacy policy apply.</p></footer>`,
    );
    const { main } = segment(html);
    expect(main.title).toBe('Ministers meet in Hanoi');
    expect(main.body).toEqual(PROSE);
  });

  it('keeps headings, list items, blockquotes and pre text', () => {
    const html = page(
      '',
      `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}<h2>Next steps</h2><ul><li>First, a working group.</li>
       <li>Second, a joint committee.</li></ul><blockquote>We are friends, and partners, for the long term.</blockquote>
       <pre>code sample</pre></article>`,
    );
    expect(segment(html).main.body.slice(3)).toEqual([
      'Next steps',
      'First, a working group.',
      'Second, a joint committee.',
      'We are friends, and partners, for the long term.',
      'code sample',
    ]);
  });

  it('puts figure captions and credits apart, never in the body', () => {
    const html = page(
      '',
      article(
        '<figure><img src="a.jpg"><figcaption>The ministers in Hanoi. <span class="credit">AFP</span></figcaption></figure>' +
          '<figure><img src="b.jpg"><figcaption>Le vice-ministre et la délégation. Photo : VNA</figcaption></figure>',
      ),
    );
    const { main } = segment(html);
    expect(main.captions).toEqual([
      { text: 'The ministers in Hanoi.', credit: 'AFP' },
      { text: 'Le vice-ministre et la délégation.', credit: 'VNA' },
    ]);
    expect(main.body.join(' ')).not.toMatch(/AFP|VNA|vice-ministre/);
  });

  it('keeps the dateline at the start of the first body paragraph', () => {
    const html = page(
      '',
      `<article><p><strong>HANOI (VNA) -</strong> ${PROSE[0]}</p><p>${PROSE[1]}</p></article>`,
    );
    expect(segment(html).main.body[0]).toBe(`HANOI (VNA) - ${PROSE[0]}`);
  });

  it('takes the lead from a standfirst element', () => {
    const html = page(
      '',
      article('<p class="chapo">Vietnam and France agree to deepen their cooperation in trade.</p>'),
    );
    const { main } = segment(html);
    expect(main.lead).toBe('Vietnam and France agree to deepen their cooperation in trade.');
    expect(main.body).toEqual(PROSE);
  });

  it('takes the lead from the first paragraph when the meta description repeats it', () => {
    const html = page(`<meta name="description" content="${PROSE[0]!.slice(0, 60)}…">`, article());
    const { main } = segment(html);
    expect(main.lead).toBe(PROSE[0]);
    expect(main.body).toEqual(PROSE.slice(1));
  });

  it('reads the declared language', () => {
    expect(segment(page('', article(), 'fr-FR')).main.declaredLanguage).toBe('fr');
    expect(segment(page('', article(), 'x-default')).main.declaredLanguage).toBeNull();
  });
});

describe('segmentHtml: publication date', () => {
  it('reads JSON-LD datePublished inside @graph', () => {
    const jsonLd =
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2019-01-01"},' +
      '{"@type":"NewsArticle","datePublished":"2021-05-12T10:30:00+07:00"}]}</script>';
    expect(segment(page(jsonLd, article())).main.published).toBe('2021-05-12');
  });

  it('reads OpenGraph article:published_time and DC.date meta tags', () => {
    const og = '<meta property="article:published_time" content="2020-03-04T08:00:00Z">';
    expect(segment(page(og, article())).main.published).toBe('2020-03-04');
    expect(segment(page('<meta name="DC.date" content="2018-07-09">', article())).main.published).toBe(
      '2018-07-09',
    );
  });

  it('reads a <time datetime> of the article and a visible byline date', () => {
    expect(segment(page('', article('<time datetime="2017-02-03T09:00">3 Feb</time>'))).main.published).toBe(
      '2017-02-03',
    );
    expect(segment(page('', article('<p class="meta">Publié le 12 mai 2021 à 10h</p>'))).main.published).toBe(
      '2021-05-12',
    );
  });

  it('never takes a date from a related block', () => {
    const html = page(
      '',
      `${article()}<div class="related"><h2>Related</h2><ul><li><a href="/x">Another story about the ministers</a>
       <time datetime="2016-01-01">1 Jan</time></li></ul></div>`,
    );
    expect(segment(html).main.published).toBeNull();
  });
});

describe('segmentHtml: teasers', () => {
  it('turns the items of a related block into teasers with title, lead and caption', () => {
    const html = page(
      '',
      `${article()}<section class="related-articles"><h2>Lire aussi</h2><ul>
       <li><img src="1.jpg" alt="Le Premier ministre"><h3><a href="/1">Le Premier ministre reçoit l'ambassadeur</a></h3><p>Un partenariat renforcé.</p></li>
       <li><a href="/2">Hanoï accueille un forum sur l'investissement</a></li>
       <li><a href="/3">La coopération éducative se renforce encore</a></li></ul></section>`,
      'fr',
    );
    const { main, teasers } = segment(html);
    expect(teasers.map((t) => t.title)).toEqual([
      "Le Premier ministre reçoit l'ambassadeur",
      "Hanoï accueille un forum sur l'investissement",
      'La coopération éducative se renforce encore',
    ]);
    expect(teasers[0]).toMatchObject({
      lead: 'Un partenariat renforcé.',
      captions: [{ text: 'Le Premier ministre', credit: null }],
    });
    expect(main.body.join(' ')).not.toMatch(/ambassadeur|forum/);
  });
});

describe('segmentHtml: JSON-LD body fallback', () => {
  it('takes the body from JSON-LD articleBody when the markup has none', () => {
    const body = PROSE.join('\n');
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>`;
    const { main, diagnostics } = segment(
      page(jsonLd, '<div id="app"><h1>Ministers meet in Hanoi</h1></div>'),
    );
    expect(main.body).toEqual(PROSE);
    expect(diagnostics.map((d) => d.ruleId)).toContain('html.json-ld-body');
  });

  it('renders markup inside articleBody as paragraphs', () => {
    const body = PROSE.map((p) => `<p>${p}</p>`).join('');
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>`;
    expect(segment(page(jsonLd, '<div id="app"></div>')).main.body).toEqual(PROSE);
  });

  it('keeps the markup body when it has the text', () => {
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: 'Other text. '.repeat(30) })}</script>`;
    expect(segment(page(jsonLd, article())).main.body).toEqual(PROSE);
  });
});

describe('segmentHtml: robustness', () => {
  it('returns an empty draft for a page without an article', () => {
    const html = page(
      '<title>Home</title>',
      '<nav><a href="/a">Politics</a><a href="/b">Business</a></nav><footer>Legal</footer>',
    );
    const { main, teasers } = segment(html);
    expect(main.title).toBeNull();
    expect(main.body).toEqual([]);
    expect(teasers).toEqual([]);
  });

  it('extracts from 10k nested divs and reports the flattening', () => {
    const depth = 10_000;
    const html = page('', `${'<div>'.repeat(depth)}${article()}${'</div>'.repeat(depth)}`);
    const { main, diagnostics } = segment(html);
    expect(main.body).toEqual(expect.arrayContaining(PROSE));
    expect(diagnostics.map((d) => d.ruleId)).toContain('html.depth-capped');
  });

  it('reads a truncated page', () => {
    const html = page('', article()).slice(0, -40);
    expect(segment(html).main.body.length).toBeGreaterThanOrEqual(2);
  });

  it('never outputs script, style, template, noscript or iframe content', () => {
    const injected = 'INJECTED, a long paragraph, with commas, that is long enough to be scored as prose.';
    const html = page(
      `<style>p{}</style><script>var s = "${injected}";</script>`,
      `<template><p>${injected}</p></template><noscript><p>${injected}</p></noscript>` +
        `<iframe><p>${injected}</p></iframe>${article(`<script>document.write("<p>${injected}</p>")</script>`)}`,
    );
    const { main } = segment(html);
    expect(JSON.stringify(main)).not.toContain('INJECTED');
    expect(main.body).toEqual(PROSE);
  });
});

import { readFileSync } from 'node:fs';
import { makePage, type Page } from '../ingest/page.js';
import { seededRandom } from './seeded-random.js';

type Lang = 'fr' | 'en';

interface Templates {
  countries: string[];
  givenNames: string[];
  familyNames: string[];
  sectors: Record<Lang, string[]>;
  titles: Record<Lang, string[]>;
  cities: string[];
  headlines: Record<Lang, string[]>;
  sentences: Record<Lang, string[]>;
  boilerplate: Record<Lang, string[]>;
}

interface GazetteerCountry {
  code: string;
  label: Record<Lang, string>;
  demonyms: Record<Lang, string[]>;
}

const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const TEMPLATES = readJson<Templates>('../../data/bench/synthetic-templates.json');
const GAZETTEER = new Map(
  readJson<{ countries: GazetteerCountry[] }>('../../data/gazetteer/countries.json').countries.map((c) => [
    c.code,
    c,
  ]),
);

export interface SyntheticOptions {
  pages: number;
  seed: number;
  /** Share of pages that republish an earlier article with light edits. */
  duplicateRate: number;
}

interface Story {
  lang: Lang;
  title: string;
  paragraphs: string[];
  day: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Generate `pages` HTML pages: French and English dispatches, teasers, boilerplate and republished copies. */
export function* syntheticPages(options: SyntheticOptions): Generator<Page> {
  const rand = seededRandom(options.seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const recent: Story[] = [];
  for (let i = 0; i < options.pages; i++) {
    let story: Story;
    let site = `news${i % 7}.example`;
    if (recent.length > 10 && rand() < options.duplicateRate) {
      const original = pick(recent);
      const edited = [...original.paragraphs];
      edited[edited.length - 1] =
        `${edited[edited.length - 1]} ${original.lang === 'fr' ? '(Source : VNA)' : '(Source: VNA)'}`;
      story = { ...original, paragraphs: edited };
      site = `mirror${i % 5}.example`;
    } else {
      story = newStory(rand, pick, i);
      recent.push(story);
      if (recent.length > 200) recent.shift();
    }
    const teasers = Array.from({ length: 3 }, () => pick(recent));
    yield makePage(
      `https://${site}/${story.lang}/article-${i}.html`,
      new TextEncoder().encode(pageHtml(story, teasers, site)),
    );
  }
}

function newStory(rand: () => number, pick: <T>(list: T[]) => T, index: number): Story {
  const lang: Lang = rand() < 0.5 ? 'fr' : 'en';
  const a = GAZETTEER.get(pick(TEMPLATES.countries))!;
  let b = GAZETTEER.get(pick(TEMPLATES.countries))!;
  if (b.code === a.code)
    b = GAZETTEER.get(
      TEMPLATES.countries[(TEMPLATES.countries.indexOf(a.code) + 1) % TEMPLATES.countries.length]!,
    )!;
  const person = `${pick(TEMPLATES.givenNames)} ${pick(TEMPLATES.familyNames)}`;
  const month = 1 + Math.floor(rand() * 12);
  const dayOfMonth = 1 + Math.floor(rand() * 28);
  const year = 2019 + (index % 5);
  const day = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const dateText =
    lang === 'fr'
      ? `${dayOfMonth} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][month - 1]}`
      : `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${dayOfMonth}`;
  const fill = (template: string) =>
    template
      .replaceAll('{A}', a.label[lang])
      .replaceAll('{B}', b.label[lang])
      .replaceAll('{a}', a.demonyms[lang][0] ?? a.label[lang])
      .replaceAll('{b}', b.demonyms[lang][0] ?? b.label[lang])
      .replaceAll('{P}', person)
      .replaceAll('{T}', pick(TEMPLATES.titles[lang]))
      .replaceAll('{S}', pick(TEMPLATES.sectors[lang]))
      .replaceAll('{D}', dateText)
      .replaceAll('{C}', pick(TEMPLATES.cities).toUpperCase());
  const sentences = TEMPLATES.sentences[lang];
  const paragraphs = [fill(sentences[0]!)];
  const count = 3 + Math.floor(rand() * 4);
  for (let p = 0; p < count; p++)
    paragraphs.push(`${fill(pick(sentences.slice(1)))} ${fill(pick(sentences.slice(1)))}`);
  return { lang, title: fill(pick(TEMPLATES.headlines[lang])), paragraphs, day };
}

function pageHtml(story: Story, teasers: Story[], site: string): string {
  const nav = TEMPLATES.boilerplate[story.lang]
    .slice(0, 6)
    .map((item) => `<li><a href="/${item}">${item}</a></li>`)
    .join('');
  const body = story.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const related = teasers
    .map(
      (t, i) =>
        `<li><a href="/t${i}.html"><h3>${escapeHtml(t.title)}</h3></a><p>${escapeHtml(t.paragraphs[0]!.slice(0, 140))}</p></li>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="${story.lang}"><head><meta charset="utf-8"><title>${escapeHtml(story.title)} | ${site}</title>
<meta property="article:published_time" content="${story.day}T08:00:00+07:00"></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${escapeHtml(story.title)}</h1>
${body}
</article>
<aside class="related"><h2>${story.lang === 'fr' ? 'À lire aussi' : 'Related news'}</h2><ul>${related}</ul></aside></main>
<footer><p>${TEMPLATES.boilerplate[story.lang][6]}</p><p>© ${site} — ${TEMPLATES.boilerplate[story.lang][7]}</p></footer></body></html>`;
}

import { parseStandaloneDate } from '../byline-date.js';
import { descendants, textOf, type HtmlDocument } from './html-tree.js';
import { cleanText } from './text-blocks.js';

/** What the page says about itself in `<head>` and JSON-LD, before any content scoring. */
export interface PageMetadata {
  /** `<title>` text. */
  documentTitle: string | null;
  /** og:title, twitter:title or JSON-LD headline. */
  metaTitle: string | null;
  siteName: string | null;
  description: string | null;
  /** `YYYY-MM-DD` from JSON-LD, OpenGraph or date meta tags. */
  published: string | null;
  /** `<html lang>`, primary subtag lower-cased. */
  declaredLanguage: string | null;
  /** JSON-LD articleBody of the page's article, as given (a fallback when the markup has no body). */
  articleBody: string | null;
}

// Meta names/properties that carry the publication date, most specific first.
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'article:modified_time',
];
const TITLE_META = ['og:title', 'twitter:title'];
const DESCRIPTION_META = ['og:description', 'description', 'twitter:description'];
const ARTICLE_TYPES = /Article|BlogPosting|Report/;
const MAX_JSON_LD_NODES = 5000;

interface JsonLdFacts {
  published: string | null;
  headline: string | null;
  articleBody: string | null;
}

/** Walk parsed JSON-LD (arrays, @graph, nested objects) for an article's datePublished and headline. */
function jsonLdFacts(values: unknown[]): JsonLdFacts {
  let articleDate: string | null = null;
  let anyDate: string | null = null;
  let headline: string | null = null;
  let articleBody: string | null = null;
  const queue = [...values];
  for (let visited = 0; queue.length > 0 && visited < MAX_JSON_LD_NODES; visited++) {
    const value = queue.shift();
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      queue.push(...(value as unknown[]));
      continue;
    }
    const node = value as Record<string, unknown>;
    const isArticle = ARTICLE_TYPES.test(JSON.stringify(node['@type'] ?? ''));
    if (typeof node.datePublished === 'string') {
      const date = parseStandaloneDate(node.datePublished);
      if (date && isArticle) articleDate ??= date;
      else if (date) anyDate ??= date;
    }
    if (isArticle && typeof node.headline === 'string') headline ??= node.headline;
    if (isArticle && typeof node.articleBody === 'string') articleBody ??= node.articleBody;
    for (const child of Object.values(node)) if (child && typeof child === 'object') queue.push(child);
  }
  return { published: articleDate ?? anyDate, headline, articleBody };
}

function parseJsonLd(raw: string): unknown {
  try {
    return JSON.parse(raw.trim()) as unknown;
  } catch {
    return null;
  }
}

/** Read title, site name, description, publication date and language from the page head. */
export function readPageMetadata(doc: HtmlDocument): PageMetadata {
  const meta = new Map<string, string>();
  let documentTitle: string | null = null;
  let declaredLanguage: string | null = null;
  for (const el of descendants(doc.root)) {
    if (el.tag === 'html' && !declaredLanguage && el.attrs.lang) {
      const primary = el.attrs.lang.trim().split(/[-_]/)[0]!.toLowerCase();
      declaredLanguage = /^[a-z]{2,3}$/.test(primary) ? primary : null;
    } else if (el.tag === 'meta') {
      const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? '').toLowerCase();
      const content = el.attrs.content;
      if (key && content && !meta.has(key)) meta.set(key, content);
    } else if (el.tag === 'title' && documentTitle === null) {
      documentTitle = cleanText(textOf(el)) || null;
    }
  }
  const pick = (keys: string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value && cleanText(value)) return cleanText(value);
    }
    return null;
  };
  const facts = jsonLdFacts(doc.jsonLd.map(parseJsonLd));
  let published = facts.published;
  for (const key of DATE_META) {
    if (published) break;
    const value = meta.get(key);
    if (value) published = parseStandaloneDate(value);
  }
  return {
    documentTitle,
    metaTitle: pick(TITLE_META) ?? (facts.headline ? cleanText(facts.headline) : null),
    siteName: pick(['og:site_name', 'application-name']),
    description: pick(DESCRIPTION_META),
    published,
    declaredLanguage,
    articleBody: facts.articleBody,
  };
}

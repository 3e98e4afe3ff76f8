import { render } from 'preact';
import { useState } from 'preact/hooks';
import { html } from './html.js';
import { currentLocale, setLocale, t } from './i18n.js';
import { onLinkClick, useLocation } from './router.js';
import { ArticleView } from './views/article-view.js';
import { CommitmentsView } from './views/commitments-view.js';
import { DossierView } from './views/dossier-view.js';
import { IngestView } from './views/ingest-view.js';
import { NotFoundView } from './views/not-found-view.js';
import { PersonView } from './views/person-view.js';
import { SearchView } from './views/search-view.js';
import { WatchlistsView } from './views/watchlists-view.js';

/** Pick the view for a path: every view has its own permalink. */
function route(url: URL) {
  const path = url.pathname;
  const article = /^\/articles\/(a_[0-9a-f]{16})$/.exec(path);
  if (article) return html`<${ArticleView} id=${article[1]} />`;
  const dyad = /^\/dyads\/([A-Z]{3})\/([A-Z]{3})$/.exec(path);
  if (dyad) return html`<${DossierView} a=${dyad[1]} b=${dyad[2]} />`;
  if (path === '/persons') return html`<${PersonView} name=${url.searchParams.get('name') ?? ''} />`;
  if (path === '/commitments') return html`<${CommitmentsView} />`;
  if (path === '/ingest') return html`<${IngestView} />`;
  if (path === '/watchlists') return html`<${WatchlistsView} />`;
  if (path === '/dyads') return html`<${DossierView} a="VNM" b="RUS" />`;
  if (path === '/') return html`<${SearchView} url=${url} />`;
  return html`<${NotFoundView} />`;
}

function App() {
  const url = useLocation();
  const [, refresh] = useState(0);
  const nav = [
    ['/', t('search')],
    ['/dyads/VNM/RUS', t('dossier')],
    ['/commitments', t('commitments')],
    ['/watchlists', t('watchlists')],
    ['/ingest', t('ingest')],
  ] as const;
  return html`<div onClick=${onLinkClick}>
    <a class="skip" href="#main">${t('skip')}</a>
    <header class="top">
      <a class="brand" href="/">Entente</a>
      <nav aria-label="main">
        ${nav.map(([href, label]) => html`<a href=${href} aria-current=${url.pathname === href ? 'page' : undefined}>${label}</a>`)}
      </nav>
      <button
        type="button"
        class="locale"
        aria-label=${t('language_toggle')}
        onClick=${() => {
          setLocale(currentLocale() === 'fr' ? 'en' : 'fr');
          refresh((n) => n + 1);
        }}
      >
        ${currentLocale() === 'fr' ? 'EN' : 'FR'}
      </button>
    </header>
    <main id="main" tabindex="-1">${route(url)}</main>
  </div>`;
}

document.documentElement.lang = currentLocale();
render(html`<${App} />`, document.getElementById('app')!);

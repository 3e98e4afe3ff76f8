import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS } from '../extract/extract-page.js';
import { analyzePage } from '../ingest/analyze-page.js';
import { makePage } from '../ingest/page.js';
import { seedsAvailable } from '../test-support/seeds.js';
import { authHeaders, startTestServer, WEB_ROOT } from './test-server.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = 'test-output/screenshots';
const canRun = existsSync(CHROMIUM) && existsSync(`${WEB_ROOT}index.html`) && seedsAvailable;
if (!canRun)
  console.warn(
    '[entente tests] web UI browser tests skipped: needs /usr/bin/chromium, a built web UI (npm run build) and ../shared/seeds',
  );

describe.skipIf(!canRun)('web UI in a real browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let base = '';
  const cspViolations: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches "Lavrov", opens the 004 article and shows the phone call with its date', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('Texte recherché').fill('Lavrov');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('link', { name: 'Renforcement de la coopération avec la Russie' }).click();
    await page.waitForSelector('article.article-view');
    const call = page.locator('li.event[data-event="CONSULT"]').filter({ hasText: 'phone' }).first();
    await expect(call.locator('.event-date').textContent()).resolves.toContain('XXXX-05-29');
    expect(await page.locator('mark.cue', { hasText: 'conversation téléphonique' }).count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('ul.teasers li').count()).toBe(6);
    await page.screenshot({ path: `${SHOTS}/article-004.png`, fullPage: true });
  });

  it('shows the VNM–RUS dossier with a timeline of every dated event', async () => {
    const dossier = (await server.app.inject({ method: 'GET', url: '/api/dyads/VNM/RUS' })).json();
    const dated = dossier.byMonth.reduce(
      (n: number, m: Record<string, number>) => n + m.quad1! + m.quad2! + m.quad3! + m.quad4!,
      0,
    );
    await page.goto(`${base}/dyads/VNM/RUS`);
    const svg = page.locator('figure.timeline svg');
    await svg.waitFor();
    expect(Number(await svg.getAttribute('data-events'))).toBe(dated);
    expect(await page.locator('rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('.total-events').textContent()).toBe(String(dossier.totals.events));
    await page.screenshot({ path: `${SHOTS}/dossier-vnm-rus.png`, fullPage: true });
  });

  it('shows the ASEAN invitation and the vaccine request on the commitments board', async () => {
    await page.goto(`${base}/commitments`);
    await page.waitForSelector('.board');
    const board = await page.locator('.board').textContent();
    expect(board).toMatch(/invitation/);
    expect(board).toMatch(/demande[\s\S]*vaccin/);
    await page.screenshot({ path: `${SHOTS}/commitments.png`, fullPage: true });
  });

  it('ingests a page through the form and finds it', async () => {
    await page.goto(`${base}/ingest`);
    await page.getByLabel('Nom de la source').fill('formulaire');
    await page
      .getByLabel('Contenu de la page (texte ou HTML)')
      .fill(
        'Le Vietnam et le Chili signent un accord commercial\n\nLe Vietnam et le Chili ont signé un accord.\n\nSantiago (VNA) - Le Vietnam et le Chili ont signé mardi un accord commercial. <script>window.pwned=1</script> -VNA\n',
      );
    await page.getByRole('button', { name: 'Ajouter au corpus' }).click();
    await page.getByRole('status').waitFor();
    await page.getByRole('link', { name: 'Le Vietnam et le Chili signent un accord commercial' }).click();
    await page.waitForSelector('article.article-view');
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.goto(`${base}/?q=Chili`);
    await page.getByRole('link', { name: 'Le Vietnam et le Chili signent un accord commercial' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/search-after-ingest.png`, fullPage: true });
  });

  it('saves a search as a watchlist and lists it with its feed', async () => {
    await page.goto(`${base}/?country=VNM,RUS`);
    await page.getByLabel('Nom de la veille').fill('Vietnam–Russie');
    await page.getByRole('button', { name: 'Enregistrer comme veille' }).click();
    await page.getByRole('status').filter({ hasText: 'Vietnam–Russie' }).waitFor();
    await page.goto(`${base}/watchlists`);
    const card = page.locator('article.watchlist', { hasText: 'Vietnam–Russie' });
    await card.waitFor();
    expect(await card.getByRole('link', { name: 'Flux Atom' }).getAttribute('href')).toMatch(
      /^\/watchlists\/\d+\/feed\.atom$/,
    );
    await page.screenshot({ path: `${SHOTS}/watchlists.png`, fullPage: true });
  });

  it('lists events above a minimum confidence, each with its sides, evidence and article', async () => {
    const all = (await server.app.inject({ method: 'GET', url: '/api/events?limit=500' })).json()
      .items as Array<{
      confidence: number;
    }>;
    const threshold = [...new Set(all.map((e) => e.confidence))].sort()[1]!;
    await page.goto(`${base}/?show=events`);
    await page.getByLabel('Confiance minimale (0–1)').fill(String(threshold));
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.waitForURL(/confidence=/);
    const hits = page.locator('li.event-hit');
    await hits.first().waitFor();
    const shown = await hits.locator('.meta').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const meta of shown)
      expect(Number(/confiance (\d\.\d+)/.exec(meta)?.[1])).toBeGreaterThanOrEqual(threshold);
    expect(await hits.first().locator('blockquote').textContent()).not.toBe('');
    expect(await page.locator('.scope').textContent()).toMatch(/articles principaux seulement/);
    await page.screenshot({ path: `${SHOTS}/search-events.png`, fullPage: true });
  });

  it('highlights the evidence and cue of the clicked event only', async () => {
    await page.goto(`${base}/?q=Lavrov`);
    await page.getByRole('link', { name: 'Renforcement de la coopération avec la Russie' }).click();
    await page.waitForSelector('article.article-view');
    const events = page.locator('li.event');
    expect(await events.count()).toBeGreaterThan(1);
    const before = await page.locator('mark.cue').count();
    await events.nth(1).getByRole('button').click();
    await page.waitForSelector('mark.evidence.selected');
    const selectedCues = await page.locator('mark.cue').count();
    expect(selectedCues).toBeGreaterThan(0);
    expect(selectedCues).toBeLessThan(before);
    expect(await page.locator('mark.cue:not(.selected)').count()).toBe(0);
    expect(page.url()).toMatch(/#event=/);
    const tooltip = (await page.locator('mark.cue').first().getAttribute('title')) ?? '';
    const parts = tooltip.split(' · ').map((part) => part.replace(/ \(.*\)$/, ''));
    expect(new Set(parts).size).toBe(parts.length);
    expect(await events.nth(1).textContent()).toMatch(/Destinataire: /);
    await page.screenshot({ path: `${SHOTS}/article-one-event.png`, fullPage: true });
  });

  it('draws the dossier timeline on a continuous month axis, gaps included, with a French legend', async () => {
    const dossier = (await server.app.inject({ method: 'GET', url: '/api/dyads/VNM/RUS' })).json();
    const months = (dossier.byMonth as Array<{ month: string }>).map((m) => m.month).sort();
    const [first, last] = [months[0]!, months.at(-1)!];
    const span =
      (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
      Number(last.slice(5)) -
      Number(first.slice(5)) +
      1;
    await page.goto(`${base}/dyads/VNM/RUS`);
    await page.locator('figure.timeline svg').waitFor();
    const shown = await page
      .locator('g.month')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-month')));
    expect(shown).toHaveLength(span);
    expect(shown[0]).toBe(first);
    expect(shown.at(-1)).toBe(last);
    expect(span).toBeGreaterThan(months.length);
    const empty = shown.find((m) => !months.includes(m!))!;
    expect(await page.locator(`g.month[data-month="${empty}"] rect`).count()).toBe(0);
    expect(await page.locator('g.month text').first().textContent()).toMatch(/^\d{4}-\d{2}$/);
    const legend = await page.locator('figure.timeline figcaption').textContent();
    expect(legend).toMatch(
      /coopération verbale[\s\S]*coopération matérielle[\s\S]*conflit verbal[\s\S]*conflit matériel/,
    );
    expect(await page.locator('.note').textContent()).toMatch(/REQUEST/);
    expect(await page.locator('.undated-count').count()).toBeLessThanOrEqual(1);
    await page.goto(`${base}/dyads/VNM/XYZ`);
    expect(await page.getByRole('alert').textContent()).toMatch(/XYZ/);
  });

  it('creates, renames and deletes a watchlist from its page, and explains an empty list', async () => {
    for (const w of (await server.app.inject({ method: 'GET', url: '/api/watchlists' })).json().items)
      await server.app.inject({ method: 'DELETE', url: `/api/watchlists/${w.id}`, headers: authHeaders });
    await page.goto(`${base}/watchlists`);
    expect(await page.locator('p.empty').textContent()).toMatch(/Une veille garde une recherche/);
    await page.getByLabel('Nom de la veille').fill('Consultations VNM');
    await page.getByLabel(/^Filtre/).fill('country=VNM&type=CONSULT');
    await page.getByRole('button', { name: 'Créer la veille' }).click();
    const card = page.locator('article.watchlist', { hasText: 'Consultations VNM' });
    await card.waitFor();
    expect(await card.locator('.meta a').first().textContent()).toBe('pays VNM · type CONSULT');
    await card.getByRole('button', { name: 'Renommer' }).click();
    const rename = page.locator('article.watchlist form.rename');
    await rename.getByLabel('Nom de la veille').fill('Consultations du Vietnam');
    await rename.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('article.watchlist h2', { hasText: 'Consultations du Vietnam' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/watchlists-created.png`, fullPage: true });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('article.watchlist').getByRole('button', { name: 'Supprimer' }).click();
    await page.locator('p.empty').waitFor();
    expect(await page.locator('article.watchlist').count()).toBe(0);
  });

  it('answers an unknown address and a missing article with a not-found page', async () => {
    const response = await page.goto(`${base}/no/such/page`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/not-found.png`, fullPage: true });
    await page.goto(`${base}/articles/a_0000000000000000`);
    await page.getByText('Aucun article ne porte cet identifiant.').waitFor();
    await page.getByRole('link', { name: 'Retour à la recherche' }).click();
    await page.waitForURL(`${base}/`);
  });

  it('shows a javascript: source URI as text, never as a link, and runs no inline script', async () => {
    const page0 = makePage(
      'javascript:window.pwned=1//',
      new TextEncoder().encode(
        'Le Vietnam et le Pérou signent un accord\n\nLe Vietnam et le Pérou ont signé un accord.\n\nLima (VNA) - Le Vietnam et le Pérou ont signé jeudi un accord commercial. -VNA\n',
      ),
    );
    const { records, signatures } = analyzePage(page0, DEFAULT_EXTRACT_OPTIONS.maxBytes);
    await server.store.storePage({
      sha256: page0.sha256,
      uri: page0.uri,
      origin: 'warc',
      format: 'text',
      byteLength: page0.bytes.length,
      records,
      signatures,
    });
    const main = records.find((r) => r.kind === 'article')!;
    await page.goto(`${base}/articles/${main.id}`);
    await page.waitForSelector('article.article-view');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.source-uri').textContent()).toBe('javascript:window.pwned=1//');
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // No view of the whole session broke the Content-Security-Policy.
    expect(cspViolations).toEqual([]);
  });
});

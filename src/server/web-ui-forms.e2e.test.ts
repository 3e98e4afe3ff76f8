import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, startTestServer, WEB_ROOT } from './test-server.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = 'test-output/screenshots';
const canRun = existsSync(CHROMIUM) && existsSync(`${WEB_ROOT}index.html`);
if (!canRun)
  console.warn(
    '[entente tests] web UI form tests skipped: needs /usr/bin/chromium and a built web UI (npm run build)',
  );

describe.skipIf(!canRun)(
  'web UI: refused fields, failed fetches and near-duplicates in a real browser',
  () => {
    let server: Awaited<ReturnType<typeof startTestServer>>;
    let browser: Browser;
    let page: Page;
    let base = '';

    beforeAll(async () => {
      server = await startTestServer();
      await server.app.listen({ host: '127.0.0.1', port: 0 });
      base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
      mkdirSync(SHOTS, { recursive: true });
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("shows the server's message for a refused filter next to its field", async () => {
      await page.goto(`${base}/?show=events&confidence=2&country=VNM`);
      const message = page.locator('.field-error[data-field="confidence"]');
      await message.waitFor();
      expect(await message.textContent()).toBe(
        'confidence: 2 is not accepted (use a number from 0 to 1, such as 0.7)',
      );
      // Under the field itself, which is marked invalid and points at the message.
      const field = page.locator('input[name="confidence"]');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toBe('confidence-error');
      expect(await page.locator('label', { has: field }).locator('.field-error').count()).toBe(1);
      expect(await page.locator('.field-error').count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/search-refused-field.png`, fullPage: true });

      await page.goto(`${base}/?country=XXX`);
      const country = page.locator('.field-error[data-field="country"]');
      await country.waitFor();
      expect(await country.textContent()).toMatch(/unknown country code XXX \(use ISO alpha-3/);
      expect(await page.locator('input[name="country"]').getAttribute('aria-invalid')).toBe('true');
    });

    it('puts ingest form problems next to their field and explains a refused address', async () => {
      await page.goto(`${base}/ingest`);
      await page.getByRole('button', { name: 'Add to corpus' }).click();
      const content = page.locator('.field-error[data-field="content"]');
      await content.waitFor();
      expect(await page.locator('textarea[name="content"]').getAttribute('aria-invalid')).toBe('true');

      await page.locator('input[name="url"]').fill('http://127.0.0.1:9/news/1.html');
      await page.getByRole('button', { name: 'Add to corpus' }).click();
      const failure = page.locator('.ingest-failure[data-code="BLOCKED"]');
      await failure.waitFor();
      const text = (await failure.textContent()) ?? '';
      expect(text).toMatch(
        /127\.0\.0\.1 is a private or local address: Entente fetches public addresses only/,
      );
      expect(text).toMatch(/paste its content/);
      expect(await page.locator('.field-error').count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/ingest-refused-address.png`, fullPage: true });
    });

    it("puts the server's message for a refused watchlist filter next to the filter field", async () => {
      await page.goto(`${base}/watchlists`);
      const form = page.locator('form.create-watchlist');
      await form.waitFor();
      await form.locator('input[name="name"]').fill('Vietnam–Russie');
      await form.locator('input[name="filter"]').fill('country=VNM,RUS&quad=9');
      await form.getByRole('button', { name: 'Create watchlist' }).click();
      const message = form.locator('.field-error[data-field="filter"]');
      await message.waitFor();
      expect(await message.textContent()).toBe(
        'filter.quad: 9 is not accepted (use a whole number from 1 to 4)',
      );
      expect(await form.locator('input[name="filter"]').getAttribute('aria-invalid')).toBe('true');
      expect(await form.locator('.field-error[data-field="name"]').count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/watchlist-refused-filter.png`, fullPage: true });
      await form.locator('input[name="filter"]').fill('country=VNM,RUS&quad=1');
      await form.getByRole('button', { name: 'Create watchlist' }).click();
      await page.locator('article.watchlist', { hasText: 'Vietnam–Russie' }).waitFor();
      expect(await form.locator('.field-error').count()).toBe(0);
    });

    it('shows the dated original of an undated reprint that was stored first, and its copies', async () => {
      const text =
        'Le Vietnam et la Nouvelle-Zélande renforcent leur partenariat stratégique\n\n' +
        'Le Vietnam et la Nouvelle-Zélande sont convenus de renforcer leur partenariat stratégique.\n\n' +
        'Wellington (VNA) - Le vice-Premier ministre vietnamien a rencontré mardi à Wellington le ministre ' +
        'néo-zélandais des Affaires étrangères. Les deux parties sont convenues de renforcer la coopération ' +
        'dans le commerce, l’éducation, l’agriculture et la défense, et de porter les échanges commerciaux à ' +
        'trois milliards de dollars. La Nouvelle-Zélande a promis de soutenir le Vietnam dans la formation ' +
        'de ses diplomates et la lutte contre le changement climatique. -VNA\n';
      const ingest = async (body: Record<string, string>) =>
        (
          await server.app.inject({ method: 'POST', url: '/api/ingest', headers: authHeaders, payload: body })
        ).json();
      const reprint = await ingest({ content: `${text}Source : VNA.\n`, name: 'miroir' });
      const original = await ingest({ content: text, name: 'VNA', published: '2024-08-13' });
      const reprintId: string = reprint.articles[0].id;
      const originalId: string = original.articles[0].id;

      await page.goto(`${base}/articles/${reprintId}`);
      const note = page.locator('.duplicate-note');
      await note.waitFor();
      expect(await note.getAttribute('data-original')).toBe(originalId);
      expect(await note.textContent()).toMatch(/Near-duplicate of .*\(2024-08-13\)/);
      await page.screenshot({ path: `${SHOTS}/article-reprint.png`, fullPage: true });
      await note.getByRole('link').click();
      const copies = page.locator('.duplicate-copies');
      await copies.waitFor();
      expect(
        await copies.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id'))),
      ).toEqual([reprintId]);
      expect(await copies.textContent()).toMatch(/\(undated\)/);
      expect(await page.locator('.duplicate-note').count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/article-original-copies.png`, fullPage: true });

      // Search results show the dated original, not the reprint stored before it.
      await page.goto(`${base}/?q=${encodeURIComponent('Nouvelle-Zélande partenariat')}`);
      await page.locator('ol.results li').first().waitFor();
      const links = await page
        .locator('ol.results li a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(`/articles/${originalId}`);
      expect(links).not.toContain(`/articles/${reprintId}`);
    });
  },
);

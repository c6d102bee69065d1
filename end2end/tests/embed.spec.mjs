// The map on another site: the snippet from the map page, pasted into a page of another
// origin, shows the map with its legend and links, passes axe there, loads nothing from third
// parties and sets no cookie; the site's own pages refuse to be framed.
import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated } from './session.mjs';
import { createServer } from 'node:http';

/// Serves `body` as the page of another site (another origin on this machine: `localhost`
/// rather than the app's `127.0.0.1`), opens it, and records every request the page makes.
async function hostPage(page, body) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!DOCTYPE html><html lang="sv"><head><title>Kommunens sida</title></head><body><main><h1>Kommunens sida</h1>${body}</main></body></html>`);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const host = `http://localhost:${server.address().port}`;
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${host}/karta`);
  return { host, requests, close: () => server.close() };
}

test('the snippet from the map page shows the map on another site, accessible and self-contained', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByText('Visa kartan på din webbplats').click();
  const code = page.getByLabel('Kod att klistra in');
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${baseURL}/inbadda\\?indikator=rok" title="Kvinnofridskartan Dalarna – `));
  await page.getByLabel('Visa på kartan').selectOption('samordnare');
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${baseURL}/inbadda\\?indikator=samordnare" `));
  const snippet = await code.inputValue();

  const context = await browser.newContext();
  const host = await context.newPage();
  const { host: site, requests, close } = await hostPage(host, snippet);
  const frame = host.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Samordnare – Dalarnas kommuner');
  await expect(frame.getByRole('img', { name: 'Samordnare – Dalarnas kommuner' })).toBeVisible();
  await expect(frame.getByText('Delade samordnare (samverkansavtal): 4')).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Samma uppgifter som tabell (öppnas i en ny flik)' })).toHaveAttribute(
    'href',
    `${baseURL}/?indikator=samordnare#tabellrubrik`,
  );
  await expect(frame.getByRole('link', { name: '020-50 50 50' })).toHaveAttribute('href', 'tel:020505050');

  // The names are legible in the frame the snippet asks for.
  const sizes = await host.frames()[1].evaluate(() =>
    [...document.querySelectorAll('svg.karta text')].map((t) => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)),
  );
  expect(sizes).toHaveLength(15);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);

  expect(await wcagViolations(host.frames()[1])).toEqual([]);
  expect(await wcagViolations(host)).toEqual([]);
  const foreign = requests.filter((url) => !url.startsWith(site) && !url.startsWith(baseURL));
  expect(foreign).toEqual([]);
  expect(requests.filter((url) => url.startsWith(baseURL))).toEqual([`${baseURL}/inbadda?indikator=samordnare`]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
  close();
});

test("the site's own pages refuse to be framed by another site; the embeddable map does not", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const host = await context.newPage();
  const { close } = await hostPage(
    host,
    `<iframe src="${baseURL}/" title="Kartan"></iframe><iframe src="${baseURL}/inbadda" title="Inbäddad karta"></iframe>`,
  );
  await host.waitForLoadState('load');
  const [page, embedded] = host.frames().slice(1);
  await expect.poll(() => page.url()).toMatch(/^chrome-error:/);
  expect(embedded.url()).toBe(`${baseURL}/inbadda`);
  await expect(host.frameLocator('iframe[title="Kartan"]').locator('a.karta-omrade')).toHaveCount(0);
  await expect(host.frameLocator('iframe[title="Inbäddad karta"]').getByRole('heading', { level: 1 })).toBeVisible();
  await context.close();
  close();
});

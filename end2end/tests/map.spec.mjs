import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';

async function openMap(page, path = '/') {
  await page.goto(path);
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
}

const legendCount = (page, key) =>
  page.locator(`#legend li[data-kategori="${key}"] [data-antal]`);

test('the map shows the 15 municipalities as links to their profiles', async ({ page }) => {
  await openMap(page);
  const areas = page.locator('a.karta-omrade');
  await expect(areas).toHaveCount(15);
  await expect(page.getByRole('link', { name: 'Falun – RÖK: Ej rapporterat' })).toHaveAttribute(
    'href',
    '/profil/2080',
  );
  await expect(legendCount(page, 'ej-rapporterat')).toHaveText('15');
});

test('the page is painted before any of its code or texts is fetched', async ({ page }) => {
  await openMap(page);
  const { paint, fetched } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    fetched: performance
      .getEntriesByType('resource')
      .filter((r) => /\/pkg\/.*\.(js|wasm)$|\/texter\//.test(new URL(r.name).pathname))
      .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
  }));
  expect(paint).toBeGreaterThan(0);
  const paths = fetched.map((r) => r.path);
  expect(paths).toContain('/pkg/kvinnofridskartan.wasm');
  expect(paths).toContain('/pkg/kvinnofridskartan.js');
  expect(paths.some((p) => p.startsWith('/texter/'))).toBe(true);
  for (const r of fetched) expect(r.start, r.path).toBeGreaterThanOrEqual(paint);
});

test('switching the indicator recolours, updates the legend and the URL', async ({ page }) => {
  await openMap(page);
  const mora = page.locator('a.karta-omrade[data-kod="2062"] path');
  const before = await mora.getAttribute('fill');
  await page.getByLabel('Visa på kartan').selectOption('samordnare');
  await expect(page).toHaveURL(/\?indikator=samordnare$/);
  await expect(legendCount(page, 'delad')).toHaveText('4');
  await expect(
    page.getByRole('link', { name: 'Mora – Samordnare: Delade samordnare (samverkansavtal)' }),
  ).toBeVisible();
  await expect(mora).not.toHaveAttribute('fill', before);
  await expect(page.locator('#kartans-beskrivning')).toContainText('Kartan visar: Samordnare');

  await page.getByLabel('Visa på kartan').selectOption('samverkansavtal');
  await expect(page).toHaveURL(/\?indikator=samverkansavtal$/);
  await expect(legendCount(page, 'ja')).toHaveText('4');
  await expect(legendCount(page, 'nej')).toHaveText('11');
});

test('a shared link opens the map on its indicator', async ({ page }) => {
  await openMap(page, '/?indikator=forovarbehandling');
  await expect(page.getByLabel('Visa på kartan')).toHaveValue('forovarbehandling');
  // The report highlights competence in Falun and Ludvika, not treatment they offer.
  await expect(legendCount(page, 'ej-rapporterat')).toHaveText('15');
  await expect(
    page.getByRole('link', { name: 'Ludvika – Förövarbehandling: Ej rapporterat' }),
  ).toBeVisible();
  await expect(page.locator('[data-lansnotis]')).toContainText('betydligt mindre behandlingsmöjligheter');
});

test('the map writes every municipality, legible and clear of the others, at 320 and 1280 px', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await openMap(page);
    const names = await page
      .locator('a.karta-omrade')
      .evaluateAll((areas) => areas.map((a) => a.getAttribute('aria-label').split(' – ')[0]));
    const labels = await page.locator('[data-kartnamn] text').evaluateAll((texts) =>
      texts
        .map((t) => [t, t.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0)
        .map(([t, r]) => {
          const px = t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize);
          return { text: t.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom, px };
        }),
    );
    expect(labels, `labels at ${width} px`).toHaveLength(15);
    await expect(page.locator('[data-kartnamn]')).toHaveAttribute('aria-hidden', 'true');
    const key = (await page.locator('[data-forkortningar]').filter({ visible: true }).allTextContents()).join(' ');
    const named = [];
    for (const [i, a] of labels.entries()) {
      expect(a.px, `${a.text} at ${width} px`).toBeGreaterThanOrEqual(12);
      for (const b of labels.slice(i + 1)) {
        const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
        expect(apart, `${a.text} and ${b.text} at ${width} px`).toBe(true);
      }
      if (names.includes(a.text)) {
        named.push(a.text);
      } else {
        const full = names.find((n) => key.includes(`${a.text} ${n}`) && n.startsWith(a.text));
        expect(full, `the key says what ${a.text} stands for at ${width} px`).toBeTruthy();
        named.push(full);
      }
    }
    expect(named.sort()).toEqual([...names].sort());
  }
});

test('Tab reaches every municipality and both cards; Enter opens a profile', async ({ page }) => {
  await openMap(page);
  await page.getByLabel('Visa på kartan').focus();
  const reached = new Set();
  for (let i = 0; i < 60 && reached.size < 17; i += 1) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    if (href && href.startsWith('/profil/')) reached.add(href);
  }
  expect(reached.size).toBe(17);
  expect(reached.has('/profil/region-dalarna')).toBe(true);
  expect(reached.has('/profil/lansstyrelsen-dalarna')).toBe(true);

  await page.locator('a.karta-omrade[data-kod="2080"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/profil\/2080$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Falun');
});

test('focus shows details; Escape dismisses the tooltip but keeps the panel', async ({ page }) => {
  await openMap(page);
  await page.locator('a.karta-omrade[data-kod="2062"]').focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Mora');
  await expect(page.locator('#detaljer + div')).toContainText('Mora');
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(page.locator('#detaljer + div')).toContainText('Mora');
});

test('hovering shows the tooltip', async ({ page }) => {
  await openMap(page);
  await page.locator('a.karta-omrade[data-kod="2085"]').hover();
  await expect(page.getByRole('tooltip')).toContainText('Ludvika');
});

test('the profile shows sources and unknowns', async ({ page }) => {
  await page.goto('/profil/region-dalarna');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Region Dalarna');
  await expect(page.getByText('Utvecklingsledare').first()).toBeVisible();
  await expect(page.getByText(/avsnitt 6\.2 Region Dalarna/).first()).toBeVisible();
  await expect(page.getByText('Ej rapporterat').first()).toBeVisible();
});

test('an unknown profile shows the 404 page', async ({ page }) => {
  const response = await page.goto('/profil/1234');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
});

for (const path of ['/', '/?indikator=samordnare', '/profil/2080', '/profil/region-dalarna', '/profil/1234', '/tillganglighet', '/metod']) {
  test(`axe-core finds no WCAG 2.2 A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await wcagViolations(page)).toEqual([]);
  });
}

test('hydration and navigation raise no browser errors', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await openMap(page);
  await page.getByLabel('Visa på kartan').selectOption('lok');
  await expect(page).toHaveURL(/\?indikator=lok$/);
  await page.locator('a.karta-omrade[data-kod="2029"]').focus();
  await expect(page.getByRole('tooltip')).toContainText('Leksand');
  expect(errors).toEqual([]);
});

test('a page whose code loads when visited keeps its title while loading, also when reached from the map', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.titlesSeen = [];
    // Before the parser reaches <title> the title is empty; from then on it never may be.
    new MutationObserver(() => {
      if (window.titlesSeen.length > 0 || document.title !== '') window.titlesSeen.push(document.title);
    }).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await openMap(page, '/profil/2080');
  const titles = await page.evaluate(() => window.titlesSeen);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.filter((t) => !t.startsWith('Falun – '))).toEqual([]);

  await openMap(page, '/');
  await page.locator('a.karta-omrade[data-kod="2062"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/profil\/2062$/);
  await expect(page).toHaveTitle(/^Mora – Kvinnofridskartan/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mora');
  expect(errors).toEqual([]);
});

test('the table of organisations is whole when the map is reached from another page', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const rows = page.locator('#organisationstabell tbody tr');
  const names = () => rows.locator('th a').allTextContents();
  await openMap(page, '/');
  const sent = await names();
  expect(sent.length).toBeGreaterThanOrEqual(15);
  expect(sent).toContain('Mora');
  await expect(rows.first().locator('td[data-indikator]')).not.toHaveCount(0);

  await openMap(page, '/metod');
  await page.evaluate(() => { window.stayed = true; });
  await page.locator('header a[href="/"]').first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(rows).toHaveCount(sent.length);
  expect(await page.evaluate(() => window.stayed)).toBe(true);
  expect(await names()).toEqual(sent);
  await expect(rows.filter({ hasText: 'Mora' }).getByRole('link', { name: 'Mora', exact: true })).toHaveAttribute('href', '/profil/2062');
  expect(errors).toEqual([]);
});

test('values older than two years are marked on the map, in the table and on the profile', async ({ page }) => {
  await openMap(page, '/?indikator=samverkansavtal');
  // Every municipality's agreement value comes from the report of 2 March 2020.
  await expect(page.locator('#legend-inaktuell [data-antal]')).toHaveText('15');
  await expect(page.locator('svg use[data-inaktuell]')).toHaveCount(15);
  await page.getByLabel('Visa på kartan').selectOption('samordnare');
  await expect(page.locator('#legend-inaktuell [data-antal]')).toHaveText('4');
  await expect(
    page.getByRole('link', { name: 'Mora – Samordnare: Delade samordnare (samverkansavtal) (äldre än två år)' }),
  ).toBeVisible();
  const mora = page.locator('#organisationstabell tr', { has: page.getByRole('link', { name: 'Mora', exact: true }) });
  await expect(mora.locator('td[data-indikator="samordnare"] [data-inaktuell]')).toHaveCount(1);
  expect(await wcagViolations(page)).toEqual([]);

  await openMap(page, '/profil/2080');
  // The report names one of Falun's posts: shown as such, never as a staffing category.
  await expect(page.getByText('Källan nämner:').first()).toBeVisible();
  await expect(page.locator('li[data-indikator="samordnare"]')).toContainText('Ej rapporterat');
  await expect(page.locator('[data-inaktuell]').first()).toContainText('äldre än två år');
  await expect(page.locator('[data-avser="2020-03-02"]').first()).toContainText('Uppgiftens datum: 2 mars 2020');
  expect(await wcagViolations(page)).toEqual([]);
});

test('a map page sent from the page cache runs under its scripts’ hashes, and only them', async ({ page }) => {
  const refused = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  // Asked for once, so that the next visit within the cache's second gets the stored page.
  let policy = '';
  for (let attempt = 0; attempt < 10 && !policy.includes("'sha256-"); attempt += 1) {
    await page.request.get('/?indikator=samordnare');
    const response = await page.goto('/?indikator=samordnare');
    policy = (await response.allHeaders())['content-security-policy'] ?? '';
  }
  expect(policy).toContain("'sha256-");
  expect(policy).not.toContain("'nonce-");
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await page.getByLabel('Visa på kartan').selectOption('samverkansavtal');
  await expect(page).toHaveURL(/\?indikator=samverkansavtal$/);
  expect(refused).toEqual([]);
});

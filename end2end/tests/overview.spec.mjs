import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';

async function open(page, path) {
  await page.goto(path);
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
}

// Yesterday: saves made by other tests today do not change it, so two pages can be compared.
function yesterday() {
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  return d.toISOString().slice(0, 10);
}

async function legendCounts(page) {
  const items = page.locator('#legend li[data-kategori]');
  const out = {};
  for (const li of await items.all()) {
    out[await li.getAttribute('data-kategori')] = Number(await li.locator('[data-antal]').innerText());
  }
  return out;
}

test('overview counts equal the map legend for every indicator', async ({ page }) => {
  const datum = yesterday();
  const indicators = ['rok', 'lok', 'samordnare', 'styrdokument', 'samverkansforum',
    'forovarbehandling', 'uppfoljning', 'samverkansavtal'];
  const legends = {};
  for (const key of indicators) {
    await page.goto(`/?indikator=${key}&datum=${datum}`);
    legends[key] = await legendCounts(page);
  }
  await open(page, `/oversikt?datum=${datum}`);
  for (const key of indicators) {
    const block = page.locator(`#per-indikator [data-indikator="${key}"]`);
    for (const [category, n] of Object.entries(legends[key])) {
      const shown = block.locator(`li[data-kategori="${category}"] [data-antal]`);
      if (n === 0) {
        await expect(shown, `${key}/${category}`).toHaveCount(0);
      } else {
        await expect(shown, `${key}/${category}`).toHaveText(String(n));
      }
    }
  }
  const lok = legends.lok;
  for (const [category, n] of Object.entries(lok)) {
    if (category === 'ej-tillampligt') continue;
    await expect(page.locator(`#lok-steg tr[data-kategori="${category}"] [data-antal]`)).toHaveText(String(n));
  }
});

test('the comparison table sorts and filters by keyboard, with its state in the URL', async ({ page }) => {
  await open(page, '/oversikt');
  const header = page.locator('#jamforelsetabell th[data-kolumn="samordnare"] a');
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sortera=samordnare/);
  const th = page.locator('#jamforelsetabell th[data-kolumn="samordnare"]');
  await expect(th).toHaveAttribute('aria-sort', 'ascending');
  // The lowest category anyone has reported comes first (Region Dalarna's 75 % post, or a
  // municipality's once entered); "Ej rapporterat" comes last.
  const first = page.locator('#jamforelsetabell tbody tr').first();
  await expect(first.locator('td[data-indikator="samordnare"]')).toContainText('Samordnare 50–99 %');
  const last = page.locator('#jamforelsetabell tbody tr').last();
  await expect(last.locator('td[data-indikator="samordnare"]')).toContainText('Ej rapporterat');

  await page.locator('#jamforelsetabell th[data-kolumn="samordnare"] a').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/ordning=fallande/);
  await expect(th).toHaveAttribute('aria-sort', 'descending');

  await page.getByLabel('Endast de som har').selectOption('samordnare:delad');
  await page.getByRole('button', { name: 'Filtrera' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/kategori=samordnare(%3A|:)delad/);
  await expect(page).toHaveURL(/sortera=samordnare/);
  await expect(page.locator('#jamforelse-status')).toContainText('Visar 4 av 17 organisationer');
  const names = await page.locator('#jamforelsetabell tbody tr th').allInnerTexts();
  expect(names.sort()).toEqual(['Malung-Sälen', 'Mora', 'Orsa', 'Älvdalen'].sort());

  // The state survives a reload: it lives in the URL.
  await page.reload();
  await expect(page.locator('#jamforelse-status')).toContainText('Visar 4 av 17 organisationer');
  await expect(page.getByLabel('Endast de som har')).toHaveValue('samordnare:delad');
});

test('a typed date shows the state then, and a bad one is explained in Swedish', async ({ page }) => {
  await open(page, '/oversikt');
  await page.getByLabel('Visa läget den').fill('2024-01-01');
  await page.getByRole('button', { name: 'Visa läget' }).press('Enter');
  await expect(page).toHaveURL(/datum=2024-01-01/);
  await expect(page.locator('#historiskt-lage')).toContainText('Du ser läget den 1 januari 2024');
  await expect(page.getByLabel('Visa läget den')).toHaveValue('2024-01-01');
  await expect(page.locator('#visioner')).toContainText('Ingen skall vara våldsutsatt i Dalarna');

  await page.goto('/oversikt?datum=2019-02-30');
  await expect(page.locator('#oversikt-fel')).toContainText('Skriv det som ÅÅÅÅ-MM-DD');
  await expect(page.getByLabel('Visa läget den')).toBeVisible();
});

test('printing leaves out navigation and forms and keeps the content', async ({ page }) => {
  await open(page, '/oversikt');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav[aria-label="Huvudmeny"]')).toBeHidden();
  await expect(page.locator('#lamna-snabbt')).toBeHidden();
  await expect(page.locator('#jamforelse-filter')).toBeHidden();
  await expect(page.locator('#skriv-ut')).toBeHidden();
  await expect(page.locator('#jamforelsetabell')).toBeVisible();
  await expect(page.locator('#kartan img')).toBeVisible();
  await expect(page.locator('#kallor')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
  test.info().annotations.push({ type: 'printed pages', description: String(pages) });
  console.log(`printed overview: ${pages} A4 pages`);
});

test('the map image on the overview loads and has a text alternative', async ({ page }) => {
  await open(page, '/oversikt?indikator=lok');
  const img = page.locator('#kartan img');
  await expect(img).toHaveAttribute('alt', /Lokal överenskommelse \(LÖK\)/);
  await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('#ladda-png')).toHaveAttribute('href', '/karta.png?indikator=lok');
});

test('axe-core finds no WCAG 2.2 A/AA violations on the overview, today and in the past', async ({ page }) => {
  await open(page, '/oversikt');
  expect(await wcagViolations(page)).toEqual([]);
  await open(page, '/oversikt?datum=2024-01-01&sortera=namn&ordning=fallande');
  expect(await wcagViolations(page)).toEqual([]);
  await open(page, '/?datum=2024-01-01');
  expect(await wcagViolations(page)).toEqual([]);
});

test('the overview has contents whose links reach each section and back, at 320 px too', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 700 });
    await open(page, '/oversikt');
    const contents = page.getByRole('navigation', { name: 'Innehåll' });
    const links = contents.getByRole('link');
    await expect(links).toHaveCount(10);
    for (const [name, heading] of [
      ['Samordnare', 'Samordnare'],
      ['Ändringar sedan ett datum', /^Ändringar sedan /],
      ['Källor', 'Källor'],
    ]) {
      await contents.getByRole('link', { name, exact: true }).click();
      const target = page.getByRole('heading', { level: 2, name: heading });
      await expect(target).toBeInViewport();
      // Clear of the quick exit bar that stays at the top.
      const [top, bar] = await Promise.all([
        target.evaluate((h) => h.getBoundingClientRect().top),
        page.locator('.snabb-utgang').evaluate((b) => b.getBoundingClientRect().bottom),
      ]);
      expect(top, `${width} px: ${name}`).toBeGreaterThanOrEqual(bar);
    }
    await page.locator('#kallor').getByRole('link', { name: 'Tillbaka till innehållsförteckningen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Innehåll' })).toBeInViewport();
  }
});

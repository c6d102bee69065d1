import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated, password } from './session.mjs';

test('the language switch keeps the page and its query, both ways', async ({ page }) => {
  await page.goto('/oversikt?sortera=namn&visa=kommuner');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.locator('#sprakval').click();
  await expect(page).toHaveURL(/\/oversikt\?sortera=namn&visa=kommuner$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Men's violence against women and violence in close relationships in Dalarna – overview");
  await expect(page.locator('#jamforelse-status')).toContainText('Showing 15 of 17 organisations');
  await expect(page.locator('#lamna-snabbt')).toHaveText('Leave this site quickly');
  await hydrated(page);

  // The choice is remembered on the next page.
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("The work against men's violence against women and violence in close relationships in Dalarna");
  await expect(page.locator('#legend li[data-kategori="ej-rapporterat"]')).toContainText('Not reported');

  await page.locator('#sprakval').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kvinnofridsarbetet i Dalarna');
});

test('dates and numbers follow the language', async ({ page, context }) => {
  await context.addCookies([{ name: 'kvf_lang', value: 'en', url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3005' }]);
  await page.goto('/oversikt?datum=2024-10-24');
  await expect(page.locator('#oversikt-datum')).toContainText('The state on 24 October 2024.');
  await expect(page.locator('#rok-siffror')).toContainText('16 of 16 (100%)');
  await page.goto('/profil/2080');
  await expect(page.getByText(/inhabitants on 31 December 2024/)).toBeVisible();
  await expect(page.getByText(/59,945 inhabitants/)).toBeVisible();
});

const pages = ['/', '/oversikt', '/profil/2062', '/profil/region-dalarna/historik', '/tillganglighet', '/metod',
  '/saker-surfning', '/logga-in', '/finns-inte'];

for (const lang of ['sv', 'en']) {
  test(`axe-core finds no WCAG 2.2 A/AA violations on the public pages in ${lang}`, async ({ page, context }) => {
    await context.addCookies([{ name: 'kvf_lang', value: lang, url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3005' }]);
    for (const path of pages) {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await wcagViolations(page), `${lang} ${path}`).toEqual([]);
    }
  });
}

async function logInInEnglish(page, context, email, query) {
  await context.addCookies([{ name: 'kvf_lang', value: 'en', url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3005' }]);
  await page.goto(`/logga-in${query}`);
  await hydrated(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('the edit form, its errors and user administration are in English too', async ({ page, context }) => {
  await logInInEnglish(page, context, 'samordnare@sater.se', '');
  await expect(page).toHaveURL(/\/profil\/2082\/redigera$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit: Säter');
  await hydrated(page);
  expect(await wcagViolations(page), 'en edit form').toEqual([]);

  // Checked in the browser before anything is sent: nothing is saved.
  // Other tests may have saved posts for Säter already: work in the row added here.
  await page.getByRole('button', { name: 'Add a coordinator post' }).click();
  const added = page.getByRole('group', { name: /^Coordinator post \d+$/ }).last();
  const share = added.getByLabel('Share of full time (%)');
  const shareId = await share.getAttribute('id');
  const titleId = await added.getByLabel('Title', { exact: true }).getAttribute('id');
  await share.fill('150');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.locator('[data-utfall="fel"]')).toContainText('The details were not saved.');
  await expect(page.locator(`#${shareId}-fel`)).toHaveText(
    'Error: Enter the share as a whole number between 0 and 100.',
  );
  await expect(page.locator(`#${titleId}-fel`)).toHaveText('Error: Enter a title, e.g. Coordinator.');
  await expect(share).toHaveValue('150');
  expect(await wcagViolations(page), 'en edit form with errors').toEqual([]);

  // Another organisation's form is refused in English.
  const refused = await page.goto('/profil/2080/redigera');
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole('alert')).toContainText('You can only change the details of your own organisation.');

  await page.goto('/admin');
  await expect(page.getByRole('alert')).toContainText('Only administrators can manage users.');
});

test('user administration in English', async ({ page, context }) => {
  await logInInEnglish(page, context, 'admin@regiondalarna.se', '?nasta=/admin');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
  await hydrated(page);
  await expect(page.getByRole('table', { name: 'Accounts' })).toContainText('Coordinator');
  expect(await wcagViolations(page), 'en admin').toEqual([]);
  // The browser's own check lets this address through; the server's does not.
  await page.getByLabel('Email address', { exact: true }).first().fill('ny@hedemora');
  await page.getByLabel('First password').fill('kort');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Enter a valid email address, e.g. name@kommun.se.');
  await expect(page.getByRole('status')).toContainText('The password must be at least 12 characters long.');
  await expect(page.getByLabel('Email address', { exact: true }).first()).toHaveValue('ny@hedemora');
});

test('the browser fetches the texts of its language once, with the code', async ({ page, context }) => {
  await context.addCookies([{ name: 'kvf_lang', value: 'en', url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3005' }]);
  const fetched = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/texter/')) fetched.push(url.pathname);
  });
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await page.goto('/');
  await hydrated(page);
  // Views made in the browser after hydration are in English too.
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Men's violence against women and violence in close relationships in Dalarna – overview");
  await expect(page.locator('#jamforelse-status')).toContainText('Showing 17 of 17 organisations');
  // One request: the page's preload is the fetch the code makes (else the browser warns).
  expect(fetched).toEqual(['/texter/en.txt']);
  expect(warnings.filter((w) => w.includes('preload'))).toEqual([]);
});

test('without its texts the page stays as the server rendered it', async ({ page }) => {
  await page.route('**/texter/**', (route) => route.abort());
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/profil/2080');
  await expect.poll(() => errors.join('\n')).toContain('the texts could not be fetched');
  await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Falun');
  // Links still lead on, as without JavaScript.
  await page.getByRole('link', { name: 'Karta', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kvinnofridsarbetet i Dalarna');
});

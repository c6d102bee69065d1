import { test, expect } from '@playwright/test';

test('without JavaScript the map and the table are still there', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('a.karta-omrade')).toHaveCount(15);
  await expect(page.locator('#organisationstabell tbody tr')).toHaveCount(17);
  await expect(page.getByRole('link', { name: 'Falun – RÖK: Ej rapporterat' })).toBeVisible();
});

test('without JavaScript the indicator form still switches the map', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Visa på kartan').selectOption('lok');
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(page).toHaveURL(/\?indikator=lok$/);
  await expect(page.getByRole('link', { name: 'Falun – LÖK: Ej rapporterat' })).toBeVisible();
});

test('without JavaScript a profile is readable', async ({ page }) => {
  await page.goto('/profil/2062');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mora');
  await expect(page.getByText('Hållbara Mora').first()).toBeVisible();
});

test('without JavaScript a signed-in visitor logs out, the form carrying the page\'s token', async ({ page, context }) => {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill('samordnare@sater.se');
  await page.getByLabel('Lösenord').fill(process.env.E2E_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForLoadState();
  const signedIn = await page.request.get('/api/session');
  expect(await signedIn.text()).toContain('samordnare@sater.se');
  await page.goto('/logga-ut');
  await expect(page.locator('form input[type="hidden"][name="kvf_token"]')).toHaveCount(1);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/logga-ut')),
    page.getByRole('button', { name: 'Logga ut nu' }).click(),
  ]);
  expect(response.status()).toBeLessThan(400);
  const signedOut = await page.request.get('/api/session');
  expect(await signedOut.text()).toBe('null');
  expect((await context.cookies()).filter((c) => c.name === 'kvf_session' && c.value)).toEqual([]);
});

test('without JavaScript the quick exit still leaves for the neutral site', async ({ page }) => {
  await page.route('https://www.google.se/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Google</title><p>neutral</p>' }),
  );
  await page.goto('/profil/2080');
  await page.getByRole('link', { name: 'Lämna sidan snabbt' }).click();
  await expect(page).toHaveURL('https://www.google.se/');
});

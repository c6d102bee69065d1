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

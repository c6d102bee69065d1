import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';

// No outside network in tests: the neutral site is answered here.
test.beforeEach(async ({ page }) => {
  await page.route('https://www.google.se/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Google</title><p>neutral</p>' }),
  );
});

test('the quick exit is the first thing after the skip link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Hoppa till innehållet');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Lämna sidan snabbt');
});

test('the quick exit is visible at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/profil/2080');
  const exit = page.getByRole('link', { name: 'Lämna sidan snabbt' });
  await expect(exit).toBeInViewport();
});

test('the quick exit leaves, and Back does not return to the page', async ({ page }) => {
  await page.goto('/');
  await page.goto('/profil/2080');
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  await page.getByRole('link', { name: 'Lämna sidan snabbt' }).click();
  await expect(page).toHaveURL('https://www.google.se/');
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('the safer-browsing page says the button does not erase history', async ({ page }) => {
  await page.goto('/saker-surfning');
  await expect(page.getByText('Knappen raderar inte din webbhistorik.')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

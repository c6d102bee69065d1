// What must hold for any region package, whatever its municipalities: run on Dalarna with the
// other suites, and on another package with `./end2end/run-region.sh PACKAGE`.
import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';

async function openMap(page, path = '/') {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(path);
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  return errors;
}

test('every municipality is on the map, in the table and in the legend, and the page hydrates without errors', async ({
  page,
}) => {
  const errors = await openMap(page);
  const areas = page.locator('a.karta-omrade');
  const count = await areas.count();
  expect(count).toBeGreaterThan(0);
  const codes = await areas.evaluateAll((links) => links.map((a) => a.dataset.kod));
  expect(new Set(codes).size).toBe(count);
  for (const code of [codes[0], codes[count - 1]]) {
    await expect(page.locator(`a.karta-omrade[data-kod="${code}"]`)).toHaveAttribute(
      'href',
      `/profil/${code}`,
    );
    await expect(page.locator(`#organisationstabell a[href="/profil/${code}"]`)).toHaveCount(1);
  }
  const legendTotal = await page
    .locator('#legend [data-antal]')
    .evaluateAll((cells) => cells.reduce((sum, cell) => sum + Number(cell.textContent), 0));
  expect(legendTotal).toBe(count);
  expect(errors).toEqual([]);
});

test('the last municipality answers focus with its details and opens its profile with Enter', async ({
  page,
}) => {
  await openMap(page);
  const last = page.locator('a.karta-omrade').last();
  const name = (await last.getAttribute('aria-label')).split(' – ')[0];
  await last.focus();
  await expect(page.getByRole('tooltip')).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/profil\/\d{4}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('axe-core finds no WCAG 2.2 A/AA violations on the map of the package', async ({ page }) => {
  await openMap(page);
  expect(await wcagViolations(page)).toEqual([]);
});

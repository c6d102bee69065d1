// Reporting an accessibility problem from the statement, with and without JavaScript, and
// the administrators reading it. Each test's report says which test sent it, as the tests
// share one server.
import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated, logIn } from './session.mjs';

test('a report with an error keeps what was typed, then goes to the administrators', async ({ page, browser }) => {
  await page.goto('/tillganglighet');
  await hydrated(page);
  const message = page.getByLabel('Vad fungerar inte?');
  const where = page.getByLabel('Sidan det gäller (frivilligt)');
  await where.fill('Översikt');
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  // The Swedish message at the field, not the browser's own check; what was typed stays.
  const status = page.locator('#rapportera');
  await expect(status).toContainText('Rapporten skickades inte.');
  await expect(status).toBeFocused();
  await expect(page.locator('[data-fel="message"]')).toHaveText('Fel: Skriv vad som inte fungerar.');
  await expect(message).toHaveAttribute('aria-invalid', 'true');
  await expect(message).toHaveAttribute('aria-describedby', /f-message-fel/);
  await expect(where).toHaveValue('Översikt');
  expect(await wcagViolations(page)).toEqual([]);

  await message.fill('Med JavaScript: tabellen i översikten läses i fel ordning.');
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  await expect(status).toContainText('Tack! Din rapport har skickats');
  await expect(message).toHaveValue('');
  await expect(message).toHaveAttribute('aria-invalid', 'false');
  expect(await wcagViolations(page)).toEqual([]);

  const admin = await browser.newPage();
  await logIn(admin, 'admin@regiondalarna.se', '/admin');
  await admin.getByRole('link', { name: 'Rapporter om tillgänglighet' }).click();
  await expect(admin).toHaveURL(/\/admin\/rapporter$/);
  const row = admin.locator('#rapporter tr', { hasText: 'Med JavaScript: tabellen i översikten' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Översikt');
  await expect(row).toContainText('Inte angivet');
  expect(await wcagViolations(admin)).toEqual([]);
  await admin.close();
});

test('without JavaScript a report is sent and the statement says so', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tillganglighet');
  // The browser's own check keeps an empty report from leaving.
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  await expect(page).toHaveURL(/\/tillganglighet$/);
  await page.getByLabel('Vad fungerar inte?').fill('Utan JavaScript: fokus syns inte på kartan.');
  await page.getByLabel('Din e-postadress eller ditt telefonnummer (frivilligt)').fill('anna@example.se');
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  await expect(page).toHaveURL(/\/tillganglighet\?rapport=skickad#rapportera$/);
  await expect(page.locator('#rapportera')).toContainText('Tack! Din rapport har skickats');
  await context.close();
});

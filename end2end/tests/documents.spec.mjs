import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated, logIn } from './session.mjs';

// A one-page PDF with nothing that runs.
function pdf(text) {
  const body = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  return Buffer.from(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
      '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n' +
      `4 0 obj\n<< /Length ${body.length} >>\nstream\n${body}\nendstream\nendobj\n` +
      'trailer\n<< /Root 1 0 R >>\n%%EOF\n',
  );
}

test('a coordinator uploads a decision as PDF, cites it, and withdraws it from the public pages', async ({ page, context }) => {
  await logIn(page, 'samordnare@hedemora.se', '/profil/2083/redigera');
  await hydrated(page);
  await page.getByRole('link', { name: 'Ladda upp och hantera bevisdokument (PDF)' }).click();
  await expect(page).toHaveURL(/\/profil\/2083\/dokument$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bevisdokument – Hedemora');
  await expect(page.locator('#dokument-lista')).toHaveText('Inga dokument är uppladdade ännu.');
  expect(await wcagViolations(page)).toEqual([]);

  // A web page renamed to .pdf is refused at the field, in Swedish.
  const file = page.getByLabel('PDF-fil');
  await file.setInputFiles({ name: 'beslut.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') });
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await expect(page).toHaveURL(/fel=document\.error\.not_pdf/);
  await expect(page.locator('[data-fel="dokument"]')).toContainText('Filen är ingen PDF.');
  await expect(page.getByLabel('PDF-fil')).toHaveAttribute('aria-invalid', 'true');
  expect(await wcagViolations(page)).toEqual([]);

  await page.getByLabel('PDF-fil').setInputFiles({ name: 'KF-beslut LÖK 2025.pdf', mimeType: 'application/pdf', buffer: pdf('Protokollsutdrag KF 2025-09-18') });
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await expect(page.locator('[data-utfall="uppladdat"]')).toBeVisible();
  const row = page.locator('#dokument-lista tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('KF-beslut LÖK 2025.pdf');
  await expect(row).toContainText('Publicerat');
  const path = (await row.locator('code').textContent()).trim();
  expect(path).toMatch(/^\/dokument\/2083\/[0-9a-f]{64}\.pdf$/);
  const download = await page.request.get(path);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect(await wcagViolations(page)).toEqual([]);

  // Cited as the local agreement's adoption decision.
  await page.goto('/profil/2083/redigera');
  await hydrated(page);
  await page.getByLabel('Datum då överenskommelsen antogs').fill('2025-09-18');
  await page.getByLabel('Länk till antagandebeslutet').fill(path);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.locator('[data-utfall="sparat"]')).toBeVisible();
  await page.goto('/profil/2083');
  await expect(page.locator('#lok-beslut a[data-bevis="dokument"]')).toHaveAttribute('href', path);

  // Withdrawn: the profile says so and links nothing; the file is gone for the public.
  await page.goto('/profil/2083/dokument');
  await hydrated(page);
  await page.getByRole('button', { name: 'Dra tillbaka – KF-beslut LÖK 2025.pdf' }).click();
  await expect(page.getByRole('status')).toContainText('Dokumentet är tillbakadraget.');
  await expect(page.locator('#dokument-lista tbody tr')).toContainText('Tillbakadraget');
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/profil/2083');
  await expect(page.locator('#lok-beslut [data-bevis="tillbakadraget"]')).toHaveText('Beviset (ett uppladdat dokument) har dragits tillbaka.');
  await expect(page.locator(`#lok-beslut a[href="${path}"]`)).toHaveCount(0);
  const anonymous = await context.browser().newContext();
  expect((await anonymous.request.get(new URL(path, page.url()).toString())).status()).toBe(404);
  await anonymous.close();

  // The same page in English.
  await context.addCookies([{ name: 'kvf_lang', value: 'en', url: new URL(page.url()).origin }]);
  await page.goto('/profil/2083/dokument?fel=document.error.too_large');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evidence documents – Hedemora');
  await expect(page.locator('[data-fel="dokument"]')).toContainText('The file is larger than 10 MB.');
  await expect(page.locator('#dokument-lista tbody tr')).toContainText('Withdrawn');
  expect(await wcagViolations(page)).toEqual([]);
});

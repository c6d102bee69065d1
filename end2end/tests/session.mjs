// What every signed-in suite does first: wait until a page has hydrated, and sign in.
import { expect } from '@playwright/test';

export const password = process.env.E2E_PASSWORD;

export async function hydrated(page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
}

// Signs in as `email` from the login page, optionally with the page to go to next, and waits
// until the login page is left.
export async function logIn(page, email, next) {
  await page.goto(next ? `/logga-in?nasta=${next}` : '/logga-in');
  await hydrated(page);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).not.toHaveURL(/logga-in/);
}

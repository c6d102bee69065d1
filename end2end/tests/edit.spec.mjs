import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated, logIn, password } from './session.mjs';

// One coordinator's edits build on each other: run in order.
test.describe.configure({ mode: 'serial' });

test('a wrong password is refused without saying whether the account exists', async ({ page }) => {
  await page.goto('/logga-in');
  await hydrated(page);
  await page.getByLabel('E-postadress').fill('ingen@sater.se');
  await page.getByLabel('Lösenord').fill('fel lösenord helt');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('alert')).toContainText('Fel e-postadress eller lösenord.');
  await expect(page.getByLabel('E-postadress')).toHaveValue('ingen@sater.se');
});

test('a coordinator edits the coordinator share and the LÖK stage, and the map, profile and history show it', async ({ page }) => {
  await logIn(page, 'samordnare@sater.se');
  await expect(page).toHaveURL(/\/profil\/2082\/redigera$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Redigera: Säter');
  await hydrated(page);

  await page.getByRole('button', { name: 'Lägg till samordnartjänst' }).click();
  await page.getByLabel('Titel', { exact: true }).first().fill('Samordnare våld i nära relationer');
  await page.getByLabel('Andel av heltid (%)').fill('150');
  await page.getByLabel('Lokal överenskommelse (LÖK): steg').selectOption('drafting');
  await page.getByLabel('Datum då steget nåddes').fill('2025-05-01');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();

  // Refused in the browser: the error sits at the field and nothing typed is lost.
  const share = page.getByLabel('Andel av heltid (%)');
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-coordinators-0-share_percent-fel')).toHaveText(
    'Fel: Ange andelen som ett heltal mellan 0 och 100.',
  );
  await expect(share).toHaveValue('150');
  await expect(page.getByLabel('Datum då steget nåddes')).toHaveValue('2025-05-01');

  await share.fill('75');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.locator('[data-utfall="sparat"]')).toContainText('Sparat: 2 uppgifter ändrades');

  await page.goto('/?indikator=lok');
  await expect(page.getByRole('link', { name: 'Säter – LÖK: Utkast tas fram' })).toBeVisible();
  await page.goto('/?indikator=samordnare');
  await expect(page.getByRole('link', { name: 'Säter – Samordnare: Samordnare 50–99 %' })).toBeVisible();

  await page.goto('/profil/2082');
  await expect(page.locator('#senast-uppdaterad')).toContainText('av Säter');
  await expect(page.getByText('Samordnare våld i nära relationer').first()).toBeVisible();

  await page.goto('/profil/2082/historik');
  const latest = page.locator('li[data-version]').first();
  await expect(latest).toContainText('av Säter');
  await expect(latest).toContainText('LÖK-status');
  await expect(latest).toContainText('Utkast tas fram, 2025-05-01');
  await expect(latest).toContainText('Samordnare');
});

test("another municipality's edit page is refused", async ({ page }) => {
  await logIn(page, 'samordnare@sater.se');
  await expect(page).toHaveURL(/redigera$/);
  const response = await page.goto('/profil/2080/redigera');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('alert')).toContainText('Du kan bara ändra uppgifterna för din egen organisation.');
  await expect(page.getByRole('button', { name: 'Spara ändringarna' })).toHaveCount(0);
});

test('a save based on an old version is refused and keeps the input', async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  for (const page of [first, second]) {
    await logIn(page, 'samordnare@sater.se');
    await expect(page).toHaveURL(/redigera$/);
    await hydrated(page);
  }
  await first.getByLabel('Var arbetet är placerat').fill('Individ- och familjeomsorgen');
  await first.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(first.locator('[data-utfall="sparat"]')).toBeVisible();

  await second.getByLabel('Var arbetet är placerat').fill('Socialtjänsten');
  await second.getByRole('button', { name: 'Spara ändringarna' }).click();
  const conflict = second.locator('[data-utfall="konflikt"]');
  await expect(conflict).toContainText('Någon annan har sparat ändringar');
  await expect(conflict).toContainText('Individ- och familjeomsorgen');
  await expect(second.getByLabel('Var arbetet är placerat')).toHaveValue('Socialtjänsten');

  await second.getByRole('button', { name: 'Hämta den senaste versionen och behåll mina ändringar' }).click();
  await expect(second.locator('[data-utfall="ombaserad"]')).toContainText('den senaste versionen med dina ändringar');
  await expect(second.getByLabel('Var arbetet är placerat')).toHaveValue('Socialtjänsten');
  await second.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(second.locator('[data-utfall="sparat"]')).toContainText('1 uppgift ändrades');
});

test('anonymous visitors are asked to log in', async ({ page }) => {
  const response = await page.goto('/profil/2082/redigera');
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('link', { name: 'Logga in' }).last()).toHaveAttribute(
    'href',
    '/logga-in?nasta=/profil/2082/redigera',
  );
});

test('axe-core finds no WCAG 2.2 A/AA violations on the login and edit pages', async ({ page }) => {
  await page.goto('/logga-in');
  await hydrated(page);
  expect(await wcagViolations(page)).toEqual([]);
  await logIn(page, 'samordnare@sater.se');
  await expect(page).toHaveURL(/redigera$/);
  await hydrated(page);
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Spara ändringarna' }).focus();
  await page.getByLabel('Andel av heltid (%)').fill('abc');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.locator('[data-utfall="fel"]')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test('the administrator adds, disables and lists accounts', async ({ page }) => {
  await logIn(page, 'admin@regiondalarna.se', '/admin');
  await expect(page).toHaveURL(/\/admin$/);
  await hydrated(page);
  // The account list may still be loading in the browser; typed text must not race it.
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('table')).toContainText('samordnare@sater.se');
  expect(await wcagViolations(page)).toEqual([]);

  await page.getByLabel('E-postadress', { exact: true }).first().fill('ny@hedemora.se');
  await page.getByLabel('Organisation').selectOption('2083');
  await page.getByLabel('Första lösenord').fill('kort');
  await page.getByRole('button', { name: 'Lägg till' }).click();
  await expect(page.getByRole('status')).toContainText('Lösenordet måste vara minst 12 tecken långt.');
  await expect(page.getByLabel('E-postadress', { exact: true }).first()).toHaveValue('ny@hedemora.se');
  await expect(page.getByLabel('Organisation')).toHaveValue('2083');
  await page.getByLabel('Första lösenord').fill('ett tillräckligt långt lösenord');
  await page.getByRole('button', { name: 'Lägg till' }).click();
  await expect(page.getByRole('status')).toContainText('Kontot ny@hedemora.se har skapats.');
  const row = page.getByRole('row', { name: /ny@hedemora\.se/ });
  await expect(row).toContainText('Hedemora');
  await row.getByRole('button', { name: 'Stäng av ny@hedemora.se' }).click();
  await expect(page.getByRole('row', { name: /ny@hedemora\.se/ })).toContainText('Avstängt');
});

test('making an administrator or setting a password needs the administrator\'s own password', async ({ page }) => {
  await logIn(page, 'admin@regiondalarna.se', '/admin');
  await expect(page).toHaveURL((url) => url.pathname === '/admin');
  await hydrated(page);
  const add = page.locator('form').filter({ hasText: 'Lägg till användare' });
  // The field appears only for an administrator; its appearing also shows that the form has
  // become interactive, so what is typed next is kept (a choice made before is tried again).
  await expect(async () => {
    await add.getByLabel('Roll').selectOption('coordinator');
    await add.getByLabel('Roll').selectOption('admin');
    await expect(add.getByLabel('Ditt eget lösenord')).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(add.getByLabel('Ditt eget lösenord')).toHaveAttribute('autocomplete', 'current-password');
  await add.getByLabel('Roll').selectOption('coordinator');
  await expect(add.getByLabel('Ditt eget lösenord')).toHaveCount(0);
  await add.getByLabel('Roll').selectOption('admin');
  await add.getByLabel('E-postadress').fill('ny-admin@regiondalarna.se');
  await add.getByLabel('Första lösenord').fill('ett tillräckligt långt lösenord');
  await add.getByLabel('Ditt eget lösenord').fill('inte mitt lösenord');
  await add.getByRole('button', { name: 'Lägg till' }).click();
  await expect(page.getByRole('status')).toContainText('Ditt eget lösenord stämmer inte.');
  await expect(add.getByLabel('E-postadress')).toHaveValue('ny-admin@regiondalarna.se');
  await expect(page.getByRole('table')).not.toContainText('ny-admin@regiondalarna.se');
  expect(await wcagViolations(page)).toEqual([]);
  await add.getByLabel('Ditt eget lösenord').fill(password);
  await add.getByRole('button', { name: 'Lägg till' }).click();
  await expect(page.getByRole('status')).toContainText('Kontot ny-admin@regiondalarna.se har skapats.');
  await expect(page.getByRole('row', { name: /ny-admin@regiondalarna\.se/ })).toContainText('Administratör');

  const set = page.locator('form').filter({ hasText: 'Sätt nytt lösenord' });
  await set.getByLabel('E-postadress').fill('ny-admin@regiondalarna.se');
  await set.getByLabel('Nytt lösenord').fill('ett annat långt lösenord');
  await set.getByRole('button', { name: 'Sätt lösenord' }).click();
  await expect(page.getByRole('status')).toContainText('Ditt eget lösenord stämmer inte.');
  await set.getByLabel('Ditt eget lösenord').fill(password);
  await set.getByRole('button', { name: 'Sätt lösenord' }).click();
  await expect(page.getByRole('status')).toContainText('Nytt lösenord är satt för ny-admin@regiondalarna.se');
});

test('markup slipped into a page cannot act as the administrator who opens it', async ({ page }) => {
  await logIn(page, 'admin@regiondalarna.se', '/profil/2082/redigera');
  await expect(page).toHaveURL((url) => url.pathname === '/profil/2082/redigera');
  await expect(page.getByRole('button', { name: 'Spara ändringarna' })).toBeVisible();
  await hydrated(page);
  // What a coordinator's stored text would add to the page if it were written unescaped: a
  // form of the site's own origin that posts to the user administration. Its author can know
  // every field but the page's anti-forgery token. (Added after the page's own content, so
  // that it stays whatever the page's code does meanwhile.)
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', `
      <form id="injicerad" method="post" action="/api/lagg-till-anvandare">
        <input type="hidden" name="email" value="angripare@example.se">
        <input type="hidden" name="role" value="admin">
        <input type="hidden" name="org" value="">
        <input type="hidden" name="password" value="angriparens långa lösenord">
        <input type="hidden" name="current_password" value="gissat lösenord">
        <input type="hidden" name="kvf_token" value="gissad">
        <button>Spara ändringarna</button>
      </form>`);
  });
  await expect(page.locator('#injicerad')).toHaveCount(1);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/lagg-till-anvandare')),
    page.locator('#injicerad button').click(),
  ]);
  expect(response.status()).toBe(403);
  await page.goto('/admin');
  await hydrated(page);
  await expect(page.getByRole('table')).toContainText('samordnare@sater.se');
  await expect(page.getByRole('table')).not.toContainText('angripare@example.se');
});

test('after signing in again in another tab, a save from the first tab keeps what was typed and goes through', async ({ browser }) => {
  // As when the session ended in the first tab and "Logga in igen" opened a second one.
  const context = await browser.newContext();
  const first = await context.newPage();
  await logIn(first, 'samordnare@sater.se');
  await expect(first).toHaveURL((url) => url.pathname === '/profil/2082/redigera');
  await hydrated(first);
  const placement = `Skrivet före ny inloggning ${Date.now()}`;
  await expect(async () => {
    await first.getByLabel('Var arbetet är placerat').fill(placement);
    await expect(first.getByLabel('Var arbetet är placerat')).toHaveValue(placement, { timeout: 1000 });
  }).toPass();
  const second = await context.newPage();
  await logIn(second, 'samordnare@sater.se');
  await expect(second).toHaveURL((url) => url.pathname === '/profil/2082/redigera');
  await first.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(first.locator('[data-utfall="sparat"]')).toBeVisible();
  await expect(first.getByLabel('Var arbetet är placerat')).toHaveValue(placement);
  const profile = await first.request.get('/api/profil?id=2082');
  expect(await profile.text()).toContain(placement);
  await context.close();
});

test('before an idle session ends, a warning offers to extend it (WCAG 2.2.1)', async ({ page }) => {
  await logIn(page, 'samordnare@sater.se');
  await expect(page).toHaveURL(/redigera$/);
  await hydrated(page);
  // Only the page's clock moves; the server's session stays valid in real time.
  await page.clock.install();
  await page.getByLabel('Var arbetet är placerat').fill('Text som inte får försvinna');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('25:01');
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('Du loggas ut om 5 minuter');
  await expect(warning.getByRole('button', { name: 'Fortsätt vara inloggad' })).toBeFocused();
  await warning.getByRole('button', { name: 'Fortsätt vara inloggad' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('30:00');
  await expect(page.getByRole('alertdialog')).toContainText('Du har loggats ut');
  await expect(page.getByLabel('Var arbetet är placerat')).toHaveValue('Text som inte får försvinna');
});

test('a map left open shows a save made elsewhere when its tab is used again', async ({ browser }) => {
  const viewer = await browser.newPage();
  await viewer.goto('/?indikator=lok');
  await hydrated(viewer);
  const before = await viewer.locator('a.karta-omrade[data-kod="2082"]').getAttribute('aria-label');

  const editor = await browser.newPage();
  await logIn(editor, 'samordnare@sater.se');
  await expect(editor).toHaveURL(/redigera$/);
  await hydrated(editor);
  const next = before?.includes('Workshoppar') ? 'implementing' : 'workshops';
  const label = next === 'workshops' ? 'Workshoppar' : 'Implementeras';
  await editor.getByLabel('Lokal överenskommelse (LÖK): steg').selectOption(next);
  await editor.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(editor.locator('[data-utfall="sparat"]')).toBeVisible();

  await viewer.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(viewer.getByRole('link', { name: `Säter – LÖK: ${label}` })).toBeVisible();
});

import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated, logIn } from './session.mjs';

// Runs after the other suites (its project depends on theirs): confirming Orsa's sections
// makes its values current, which the map suite's counts of old values must not see.
test.describe.configure({ mode: 'serial' });

// The outcome of an action in the organisation's own part (the page has a status region of
// its own for the administrator's actions on the whole round).
function ownStatus(page) {
  return page.getByRole('region', { name: /^Att göra för/ }).getByRole('status');
}

function day(offset) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

// A retry finds the first attempt's round: each attempt's title is its own.
const title = `Uppföljning ${Date.now()}`;
let address;

test('the regional lead starts a round; a mistake is shown at its field and keeps the form', async ({ page }) => {
  await logIn(page, 'admin@regiondalarna.se');
  await page.goto('/uppfoljning');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uppföljning');
  expect(await wcagViolations(page)).toEqual([]);

  const questions = page.getByLabel('Omgångens egna frågor');
  await expect(questions).toHaveValue(/Vilka resurser har ni/);
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Öppnar').fill(day(0));
  await page.getByLabel('Sista dag för svar').fill(day(-1));
  await page.getByLabel('Omgången får pågå samtidigt som en annan omgång').check();
  await page.getByRole('button', { name: 'Starta omgången' }).click();
  await expect(page.locator('[data-utfall="fel"]')).toContainText('Omgången skapades inte');
  await expect(page.locator('#f-deadline-fel')).toHaveText(
    'Fel: Sista dagen kan inte vara före den dag omgången öppnar.',
  );
  await expect(page.getByLabel('Titel')).toHaveValue(title);
  expect(await wcagViolations(page)).toEqual([]);

  await page.getByLabel('Sista dag för svar').fill(day(30));
  await page.getByRole('button', { name: 'Starta omgången' }).click();
  await expect(page).toHaveURL(/\/uppfoljning\/uppfoljning-\d+$/);
  address = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('table', { name: 'Svar per organisation och avsnitt eller fråga' })).toBeVisible();
});

test('a coordinator confirms three sections, changes one and answers a question', async ({ page }) => {
  await logIn(page, 'samordnare@orsa.se');
  // A coordinator whose organisation is asked in a running round starts there.
  await expect(page).toHaveURL((url) => url.pathname === address);
  await page.goto('/uppfoljning');
  const listed = page.getByRole('listitem').filter({ hasText: title });
  await expect(listed).toContainText('Er organisation deltar');
  await listed.getByRole('link', { name: title }).click();
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Att göra för Orsa' })).toBeVisible();
  await expect(page.locator('#egen-framsteg')).toHaveText('0 av 11 klara');

  for (const section of ['Organisation', 'Styrning och ledning', 'Framgångar, brister, behov och vision']) {
    await page.getByRole('button', { name: new RegExp(`^Bekräfta som oförändrat\\s*\\(${section}\\)$`) }).click();
    await expect(ownStatus(page)).toContainText(`${section}: bekräftat oförändrat.`);
  }
  await expect(page.locator('#egen-framsteg')).toHaveText('3 av 11 klara');

  // An empty answer is refused at its question; what is typed next is kept and saved.
  await page.getByRole('button', { name: 'Spara svaret' }).first().click();
  await expect(page.locator('#svar-0-fel')).toHaveText('Skriv ett svar innan du sparar.');
  await page.getByLabel(/^Fråga 1:/).fill('En samordnare på halvtid och ett våldsteam.');
  await page.getByRole('button', { name: 'Spara svaret' }).first().click();
  await expect(ownStatus(page)).toContainText('Svaret på fråga 1 är sparat.');
  await expect(page.locator('#egen-framsteg')).toHaveText('4 av 11 klara');
  await expect(page.getByLabel(/^Fråga 1:/)).toHaveValue('En samordnare på halvtid och ett våldsteam.');
  expect(await wcagViolations(page)).toEqual([]);

  await page.getByRole('link', { name: /^Ändra\s*\(Överenskommelser\)$/ }).click();
  await expect(page).toHaveURL(/\/profil\/2034\/redigera\?avsnitt=overenskommelser$/);
  await hydrated(page);
  // Only the section asked for is shown; the rest of the profile is saved as it is.
  await expect(page.getByRole('heading', { level: 2, name: 'Överenskommelser' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Styrning och ledning' })).toHaveCount(0);
  await page.getByLabel('Lokal överenskommelse (LÖK): steg').selectOption('workshops');
  await page.getByLabel('Datum då steget nåddes').fill(day(0));
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.locator('[data-utfall="sparat"]')).toBeVisible();
  // What is known is not asked again (WCAG 3.3.7): the section opens with what was saved.
  await page.goto('/profil/2034/redigera?avsnitt=overenskommelser');
  await hydrated(page);
  await expect(page.getByLabel('Lokal överenskommelse (LÖK): steg')).toHaveValue('workshops');
  await expect(page.getByLabel('Datum då steget nåddes')).toHaveValue(day(0));

  await page.goto(address);
  await hydrated(page);
  await expect(page.locator('#egen-framsteg')).toHaveText('5 av 11 klara');
  const orsa = page.getByRole('row', { name: /^Orsa/ });
  await expect(orsa.getByRole('cell').nth(0)).toHaveText('✎ Ändrat');
  await expect(orsa.getByRole('cell').nth(1)).toHaveText('✓ Bekräftat');
  await expect(orsa).toContainText('5 av 11 (45 %)');
  await expect(page.getByRole('row', { name: /^Mora/ })).toContainText('0 av 11 (0 %)');

  // The confirmation is in the profile's history, and the values it covered are current.
  await page.goto('/profil/2034/historik');
  await expect(page.locator('li[data-version]').nth(1)).toContainText('bekräftat oförändrat');
});

test('a partner of the county group answers the questions and is asked nothing else', async ({ page }) => {
  await logIn(page, 'kontakt@kullan.se');
  // A round asks every organisation by default, partners too; a partner starts there.
  await expect(page).toHaveURL((url) => url.pathname === address);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Att göra för Kvinnojouren Kullan' })).toBeVisible();
  await expect(page.locator('#egen-framsteg')).toHaveText('0 av 4 klara');
  await expect(page.getByRole('button', { name: /^Bekräfta som oförändrat/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Redigera/ })).toHaveCount(0);

  await page.getByLabel(/^Fråga 4:/).fill('Långsiktig finansiering av jourens arbete.');
  await page.getByRole('button', { name: 'Spara svaret' }).nth(3).click();
  await expect(ownStatus(page)).toContainText('Svaret på fråga 4 är sparat.');
  await expect(page.locator('#egen-framsteg')).toHaveText('1 av 4 klara');
  const kullan = page.getByRole('row', { name: /^Kvinnojouren Kullan/ });
  await expect(kullan.getByRole('cell').nth(0)).toHaveText('Frågas inte (ingen profil)');
  await expect(kullan).toContainText('1 av 4 (25 %)');
  expect(await wcagViolations(page)).toEqual([]);
});

test('who has answered is for the signed-in while the round runs; the pages read in English too', async ({ page }) => {
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Vem som har svarat visas för inloggade medan omgången pågår.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(await wcagViolations(page)).toEqual([]);

  await logIn(page, 'samordnare@orsa.se');
  await page.goto(`/sprak/en?tillbaka=${address}`);
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 2, name: 'To do for Orsa' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Orsa/ })).toContainText('5 of 11 (45%)');
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/uppfoljning');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Follow-up');
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/sprak/sv?tillbaka=/');
});

test('the regional lead changes the running round; the change is recorded and questions asked stay', async ({ page }) => {
  await logIn(page, 'admin@regiondalarna.se');
  await page.goto(address);
  await hydrated(page);
  await page.getByRole('link', { name: 'Ändra omgången' }).click();
  await expect(page).toHaveURL(`${address}/andra`);
  await hydrated(page);
  const questions = page.getByLabel('Omgångens egna frågor');
  const asked = await questions.inputValue();
  // Rewording a question already answered is refused at the field, and the text stays.
  await questions.fill(asked.replace('Vilka resurser', 'Vilken resurs'));
  await page.getByRole('button', { name: 'Spara ändringarna av omgången' }).click();
  await expect(page.locator('#f-questions-fel')).toContainText('frågorna som redan ställts står kvar');
  await expect(questions).toHaveValue(/Vilken resurs/);
  expect(await wcagViolations(page)).toEqual([]);

  await questions.fill(`${asked}\nVad har förändrats sedan förra året?`);
  await page.getByLabel('Sista dag för svar').fill(day(40));
  await page.getByRole('button', { name: 'Spara ändringarna av omgången' }).click();
  await expect(page.locator('[data-utfall="sparat"]')).toHaveText('Ändringarna av omgången är sparade.');

  await page.goto(address);
  const changes = page.locator('h2:has-text("Ändringar av omgången") + ol');
  await expect(changes).toContainText('efter att omgången öppnat');
  await expect(changes).toContainText(`Sista dag för svar: ${day(30)} → ${day(40)}`);
  await expect(page.getByRole('list').filter({ hasText: 'Vad har förändrats sedan förra året?' }).first()).toBeVisible();

  // The reminders: this server has no SMTP server, and says so.
  await page.getByRole('link', { name: 'Påminnelser' }).click();
  await expect(page).toHaveURL(`${address}/paminnelser`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Påminnelser: ${title}`);
  await expect(page.locator('#ingen-smtp')).toContainText('Ingen e-postserver är inställd');
  const schedule = page.getByRole('table', { name: 'Påminnelser i omgången, med dag' });
  await expect(schedule.getByRole('row', { name: /När omgången öppnar/ })).toContainText(day(0));
  await expect(schedule.getByRole('row', { name: /14 dagar före sista dagen/ })).toContainText(day(26));
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto(`/sprak/en?tillbaka=${address}/paminnelser`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Reminders: ${title}`);
  await expect(page.locator('#ingen-smtp')).toContainText('No mail server is configured');
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/sprak/sv?tillbaka=/');
});

test('the regional lead closes the round; its report compares with 2019 and downloads', async ({ page, request }) => {
  await logIn(page, 'admin@regiondalarna.se');
  await page.goto(address);
  await hydrated(page);
  // Closing needs the tick; without it the error is at the box and nothing is closed.
  await page.getByRole('button', { name: 'Avsluta omgången' }).click();
  await expect(page.locator('#f-confirm_close-fel')).toHaveText(
    'Fel: Kryssa i rutan för att bekräfta att omgången ska avslutas.',
  );
  await expect(page.getByLabel('Jag vill avsluta omgången nu')).toHaveAttribute('aria-invalid', 'true');
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByLabel('Jag vill avsluta omgången nu').check();
  await page.getByRole('button', { name: 'Avsluta omgången' }).click();
  await expect(page.locator('[data-utfall="avslutad"]')).toHaveText('Omgången är avslutad. Rapporten finns nu.');
  await expect(page.getByText('Avslutad', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Avsluta omgången' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Rapporten' }).click();
  await expect(page).toHaveURL(`${address}/rapport`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rapport: ${title}`);
  await expect(page.getByText(/Jämförs med Kartläggning 2019/)).toBeVisible();
  // Orsa's LÖK moved from "Ej rapporterat" in 2019 to workshops in this round.
  const lok = page.getByRole('table', { name: 'Lokal överenskommelse (LÖK): förändring sedan Kartläggning 2019' });
  await expect(lok.getByRole('row', { name: /^Orsa/ })).toContainText('Nyrapporterat');
  const orsa = page.locator('section[data-org="2034"]');
  await expect(orsa).toContainText('En samordnare på halvtid och ett våldsteam.');
  // The partner's part is its answers: it has no indicators.
  const kullan = page.locator('section[data-org="kvinnojouren-kullan"]');
  await expect(kullan).toContainText('Långsiktig finansiering av jourens arbete.');
  await expect(kullan.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Svar per organisation och avsnitt eller fråga' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  // It prints on A4 without the downloads, keeping the tables.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Ladda ned' })).toBeHidden();
  await expect(lok).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
  console.log(`printed report: ${pages} A4 pages`);
  await page.emulateMedia({ media: 'screen' });

  const xlsx = await request.get(`${address}/rapport/rapport.xlsx`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
  const csv = await request.get(`${address}/rapport/organisationer.csv`);
  expect(await csv.text()).toContain('Id;Organisation;Indikator;Förra omgången;Nu;Förändring;Källa');
});

test('a closed round and its report are public, in both languages', async ({ page }) => {
  await page.goto(address);
  await expect(page.getByRole('table', { name: 'Svar per organisation och avsnitt eller fråga' })).toBeVisible();
  await page.goto(`${address}/rapport`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rapport: ${title}`);

  // The picture the round froze, on the map and in the overview, says what it is.
  await page.getByRole('link', { name: 'Läget i omgången på kartan' }).click();
  await hydrated(page);
  await expect(page.locator('#historiskt-lage')).toContainText(`Du ser läget som det frystes när ${title} avslutades`);
  // Another indicator keeps the round's picture.
  await page.getByLabel('Visa på kartan', { exact: true }).selectOption('lok');
  await expect(page).toHaveURL(/indikator=lok.*omgang=/);
  await expect(page.locator('#historiskt-lage')).toContainText(title);
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto(`/oversikt?omgang=${address.split('/').pop()}`);
  await expect(page.locator('#historiskt-lage')).toContainText(title);
  await expect(page.locator('#historiskt-lage').getByRole('link', { name: 'Omgångens rapport' })).toHaveAttribute('href', `${address}/rapport`);
  expect(await wcagViolations(page)).toEqual([]);

  // The change map since 2019: Orsa's LÖK is newly reported, on the map and in the table.
  await page.goto(`${address}/rapport`);
  await page.getByRole('link', { name: 'Förändringskarta' }).click();
  await expect(page).toHaveURL(`${address}/forandring`);
  await hydrated(page);
  await page.getByLabel('Indikator').selectOption('lok');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/forandring\?indikator=lok&jamfor=kartlaggning-2019$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lokal överenskommelse (LÖK): från Kartläggning 2019 till ${title}`);
  const changed = page.getByRole('table', { name: 'Lokal överenskommelse (LÖK): förändring per organisation' });
  await expect(changed.getByRole('row', { name: /^Orsa/ })).toContainText('Nyrapporterat');
  await expect(page.getByRole('link', { name: /^Orsa – LÖK: Ej rapporterat → .*, Nyrapporterat$/ })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  await page.goto(`/sprak/en?tillbaka=${address}/forandring`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Decision on the regional agreement (RÖK): from Kartläggning 2019 to ${title}`);
  expect(await wcagViolations(page)).toEqual([]);

  await page.goto(`/sprak/en?tillbaka=${address}/rapport`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report: ${title}`);
  await expect(page.getByText(/Compared with Kartläggning 2019/)).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/uppfoljning/kartlaggning-2019/rapport');
  await expect(page.getByText('There is no earlier closed round to compare with.')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/sprak/sv?tillbaka=/');
});

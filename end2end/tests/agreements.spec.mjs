import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated, logIn } from './session.mjs';

test('a coordinator reports the RÖK decision with its link, and it counts once the administrator has checked it', async ({ browser }) => {
  const coordinator = await browser.newPage();
  await logIn(coordinator, 'samordnare@avesta.se', '/profil/2084/redigera');
  await expect(coordinator).toHaveURL(/\/profil\/2084\/redigera$/);
  await hydrated(coordinator);
  const page = coordinator;
  await page.getByLabel('Beslut om den regionala överenskommelsen (RÖK)').selectOption('adopted');
  await page.getByLabel('Datum för beslutet', { exact: true }).fill('2024-12-09');
  await page.getByLabel('Beslutande organ', { exact: true }).fill('Kommunfullmäktige');
  await page.getByLabel('Paragraf (§)', { exact: true }).fill('112');
  await page.getByLabel('Diarienummer', { exact: true }).fill('KS 2024/301');
  await page.getByLabel('Är beslutet likalydande med överenskommelsen?').selectOption('ja');
  const link = page.getByLabel('Bevis för beslutet (länk till protokollsutdrag, diarium eller uppladdat dokument)');
  await link.fill('avesta.se/protokoll');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  // Refused at the field, in Swedish, and nothing typed is lost.
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-rok_evidence-fel')).toContainText('Ange en webbadress som börjar med https://');
  await expect(page.getByLabel('Paragraf (§)', { exact: true })).toHaveValue('112');
  expect(await wcagViolations(page)).toEqual([]);
  await link.fill('https://www.avesta.se/protokoll/kf-2024-12-09.pdf');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.locator('[data-utfall="sparat"]')).toBeVisible();

  await page.goto('/profil/2084');
  const decision = page.locator('#overenskommelser').locator('..');
  await expect(decision.locator('[data-granskning="rapporterat"]')).toHaveText('rapporterat');
  await expect(decision).toContainText('Rapporterat av organisationen, inte granskat mot underlag.');
  await expect(decision.getByRole('link', { name: 'https://www.avesta.se/protokoll/kf-2024-12-09.pdf' })).toBeVisible();

  const admin = await browser.newPage();
  await logIn(admin, 'admin@regiondalarna.se', '/admin');
  await expect(admin).toHaveURL((url) => url.pathname === '/admin');
  await admin.getByRole('link', { name: 'Granska huvudmännens beslut om RÖK' }).click();
  await expect(admin).toHaveURL(/\/admin\/beslut$/);
  await hydrated(admin);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Granska beslut om RÖK');
  const row = admin.getByRole('row', { name: /^Avesta/ });
  await expect(row).toContainText('Kommunfullmäktige');
  expect(await wcagViolations(admin)).toEqual([]);
  // A date being typed is not lost when a check reloads the list.
  await admin.getByLabel('Revideringen ska påbörjas senast').fill('2031-10');
  await row.getByRole('button', { name: 'Markera som granskat – Avesta' }).click();
  await expect(admin.getByRole('status')).toContainText('Beslutet är markerat som granskat.');
  await expect(admin.getByLabel('Revideringen ska påbörjas senast')).toHaveValue('2031-10');
  await expect(admin.getByRole('row', { name: /^Avesta/ })).toContainText('Granskat mot underlaget av Regional administratör');
  await expect(admin.getByRole('button', { name: 'Markera som granskat – Avesta' })).toHaveCount(0);
  expect(await wcagViolations(admin)).toEqual([]);

  await page.goto('/profil/2084');
  await expect(decision.locator('[data-granskning="granskat"]')).toHaveText('granskat');
  await page.goto('/?indikator=rok');
  await expect(page.locator('#rok-granskade')).toHaveText('1');
  await expect(page.locator('#rok-giltighet')).toContainText('1 oktober 2024 – 30 september 2032 (8 år)');

  // A changed decision is only reported again.
  await page.goto('/profil/2084/redigera');
  await hydrated(page);
  await page.getByLabel('Paragraf (§)', { exact: true }).fill('113');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.locator('[data-utfall="sparat"]')).toBeVisible();
  await page.goto('/profil/2084');
  await expect(decision.locator('[data-granskning="rapporterat"]')).toBeVisible();

  // The date the revision must start by: a date after the agreement ends is refused and kept.
  await admin.goto('/admin/beslut');
  await hydrated(admin);
  const revision = admin.getByLabel('Revideringen ska påbörjas senast');
  await revision.fill('2033-01-01');
  await admin.getByRole('button', { name: 'Spara datumet' }).click();
  await expect(admin.getByRole('status')).toContainText('Ange ett datum medan överenskommelsen gäller, 2024-10-01 – 2032-09-30.');
  await expect(revision).toHaveAttribute('aria-invalid', 'true');
  await expect(revision).toHaveValue('2033-01-01');
  expect(await wcagViolations(admin)).toEqual([]);
  await revision.fill('2031-10-01');
  await admin.getByRole('button', { name: 'Spara datumet' }).click();
  await expect(admin.getByRole('status')).toContainText('Datumet för revideringen är sparat.');
  await page.goto('/oversikt');
  await expect(page.locator('#rok-revidering')).toHaveText('Revideringen av överenskommelsen ska påbörjas senast 1 oktober 2031.');

  await admin.goto('/sprak/en?tillbaka=/admin/beslut');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Check decisions on the RÖK');
  await hydrated(admin);
  await expect(admin.getByRole('button', { name: 'Mark as checked – Avesta' })).toBeVisible();
  expect(await wcagViolations(admin)).toEqual([]);
  await admin.goto('/sprak/sv?tillbaka=/');
});

// A day `offset` days from today, as ÅÅÅÅ-MM-DD: the server tells late from due on its clock.
function day(offset) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

test('a coordinator plans the LÖK, and a passed date shows as late on the map, the overview and the dashboard', async ({ browser }) => {
  const page = await browser.newPage();
  await logIn(page, 'samordnare@avesta.se', '/profil/2084/redigera');
  await expect(page).toHaveURL(/\/profil\/2084\/redigera$/);
  await hydrated(page);
  const stage = (name) => page.getByRole('group', { name, exact: true });
  await stage('Förankring').getByLabel('Nåddes den').fill(day(-60));
  await stage('Arbetsgrupp formerad').getByLabel('Planerat datum').fill(day(-10));
  await stage('Arbetsgrupp formerad').getByLabel('Anteckning').fill('Väntar på nämnden');
  await stage('Workshoppar').getByLabel('Planerat datum').fill(day(10));
  const reached = stage('Workshoppar').getByLabel('Nåddes den');
  await reached.fill(day(5));
  await page.getByLabel('Parter i överenskommelsen').fill('Socialtjänsten\nPrimärvården\nPsykiatrin');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  // A stage cannot be reached in the future: refused at its field, nothing typed lost.
  await expect(reached).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-lok_plan-stages-2-reached-fel')).toContainText('Datumet kan inte ligga i framtiden.');
  await expect(stage('Arbetsgrupp formerad').getByLabel('Anteckning')).toHaveValue('Väntar på nämnden');
  expect(await wcagViolations(page)).toEqual([]);
  await reached.fill('');
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(page.locator('[data-utfall="sparat"]')).toBeVisible();

  await page.goto('/profil/2084');
  const plan = page.locator('#lok-plan');
  await expect(plan.locator('ol > li')).toHaveCount(3);
  await expect(plan.locator('[data-steg="arbetsgrupp"]')).toContainText('(försenad)');
  await expect(plan.locator('[data-steg="workshoppar"]')).toContainText('(inom 30 dagar)');
  await expect(plan).toContainText('Socialtjänsten, Primärvården, Psykiatrin');
  expect(await wcagViolations(page)).toEqual([]);

  await page.goto('/?indikator=lok');
  await expect(page.locator('a.karta-omrade[data-kod="2084"]')).toHaveAttribute('aria-label', /\(försenad enligt LÖK-planen\)$/);
  await expect(page.locator('[data-forsenad]')).toHaveCount(1);
  await expect(page.locator('#legend-forsenad [data-antal]')).toHaveText('1');
  await page.goto('/oversikt');
  await expect(page.locator('#lok-plan-lage')).toHaveText('0 av 15 kommuner följer sin LÖK-plan, 1 är försenade. Övriga har ingen plan med datum rapporterad.');
  await expect(page.locator('#lok-forsenade')).toContainText('Avesta');

  const admin = await browser.newPage();
  await logIn(admin, 'admin@regiondalarna.se', '/admin');
  await admin.getByRole('link', { name: 'Frister: försenade steg och steg inom 30 dagar' }).click();
  await expect(admin).toHaveURL(/\/admin\/frister$/);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Frister för de lokala överenskommelserna');
  const rows = admin.locator('#frister tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Arbetsgrupp formerad');
  await expect(rows.nth(0)).toContainText('försenad');
  await expect(rows.nth(1)).toContainText('Workshoppar');
  await expect(rows.nth(1)).toContainText('inom 30 dagar');
  expect(await wcagViolations(admin)).toEqual([]);
  await admin.goto('/sprak/en?tillbaka=/admin/frister');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Deadlines of the local agreements');
  await expect(admin.locator('#frister tbody tr').nth(0)).toContainText('late');
  expect(await wcagViolations(admin)).toEqual([]);
  await admin.goto('/sprak/sv?tillbaka=/');
});

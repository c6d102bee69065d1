// The WCAG 2.2 criteria axe-core cannot decide (docs/accessibility.md): consistent help (3.2.6),
// accessible authentication (3.3.8) and target size (2.5.8). Focus not obscured (2.4.11) is in
// exit.spec.mjs with the sticky quick exit it is about.
import { test, expect } from '@playwright/test';
import { hydrated, logIn } from './session.mjs';

const PAGES = ['/', '/profil/2080', '/profil/region-dalarna', '/oversikt', '/metod', '/uppfoljning',
  '/logga-in', '/saker-surfning', '/tillganglighet', '/finns-inte'];

test('the support box is in the same place on every page, in both languages', async ({ page, context }) => {
  for (const lang of ['sv', 'en']) {
    await context.addCookies([{ name: 'kvf_lang', value: lang, url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3005' }]);
    for (const path of PAGES) {
      await page.goto(path);
      const order = await page.evaluate(() =>
        [...document.body.querySelectorAll('.snabb-utgang, header, main, aside, footer')]
          .filter((el) => !el.parentElement.closest('main'))
          .map((el) => (el.tagName === 'ASIDE' ? `aside#${el.getAttribute('aria-labelledby')}` : el.tagName === 'DIV' ? 'exit' : el.tagName.toLowerCase())),
      );
      expect(order, `${lang} ${path}`).toEqual(['exit', 'header', 'main', 'aside#behover-stod', 'footer']);
      await expect(page.locator('main #behover-stod')).toHaveCount(0);
      await expect(page.locator('#behover-stod + p a[href="tel:020505050"]')).toHaveCount(1);
    }
  }
});

test('signing in takes a password manager and a pasted password, with nothing to solve', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/logga-in');
  await hydrated(page);
  const email = page.getByLabel('E-postadress');
  const password = page.getByLabel('Lösenord');
  await expect(email).toHaveAttribute('autocomplete', 'username');
  await expect(email).toHaveAttribute('type', 'email');
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await expect(password).toHaveAttribute('type', 'password');
  await expect(page.locator('form input')).toHaveCount(await page.locator('form input[type="hidden"]').count() + 2);

  await page.evaluate(() => navigator.clipboard.writeText('inklistrat lösenord'));
  await password.focus();
  await page.keyboard.press('Control+V');
  await expect(password).toHaveValue('inklistrat lösenord');
  await page.evaluate(() => navigator.clipboard.writeText('samordnare@sater.se'));
  await email.focus();
  await page.keyboard.press('Control+V');
  await expect(email).toHaveValue('samordnare@sater.se');
});

// 2.5.8: a municipality smaller than 24 × 24 px on the map meets the criterion by its
// equivalent: the table below the map links every organisation on a line of its own.
test('every map area too small to tap has its own link of full size in the table', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const areas = await page.locator('a.karta-omrade').evaluateAll((links) =>
      links.map((a) => {
        const box = a.getBoundingClientRect();
        return { href: a.getAttribute('href'), small: box.width < 24 || box.height < 24 };
      }),
    );
    expect(areas.length).toBe(15);
    for (const area of areas) {
      const twin = page.locator(`#organisationstabell a[href="${area.href}"]`);
      await expect(twin, `${width} px: ${area.href}`).toHaveCount(1);
      const box = await twin.boundingBox();
      expect(box.height, `${width} px: ${area.href}`).toBeGreaterThanOrEqual(24);
    }
  }
});

// 1.4.10: at 320 CSS px no public page is wider than the screen; a wide table scrolls in a
// region of its own instead.
test('no public page is wider than a 320 px screen, in both languages', async ({ page, context }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const lang of ['sv', 'en']) {
    await context.addCookies([{ name: 'kvf_lang', value: lang, url: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3005' }]);
    for (const path of PAGES) {
      await expectNarrow(page, path, lang);
    }
  }
});

// The same for the administrators' pages and a round's report, signed in as the regional lead.
test('no administrative page is wider than a 320 px screen', async ({ page }) => {
  await logIn(page, 'admin@regiondalarna.se', '/admin');
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/admin', '/admin/frister', '/admin/beslut', '/admin/rapporter', '/profil/2080/dokument',
    '/uppfoljning/kartlaggning-2019/rapport', '/uppfoljning/kartlaggning-2019/forandring']) {
    await expectNarrow(page, path, 'sv');
    // The documents' and the reports' tables show once there are some (other suites add them).
    if (!/\/(dokument|rapporter)$/.test(path)) await expect(page.locator('main table').first(), path).toBeAttached();
    expect(await page.locator('main table:not([role="region"] table)').count(), `${path}: a table outside a region`).toBe(0);
  }
});

// Opens `path` and checks that nothing but a scroll region's content reaches past the screen.
async function expectNarrow(page, path, lang) {
  await page.goto(path);
  const wide = await page.evaluate(() => {
    // Elements, and text that runs out of its element (a long address, say).
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      // Text hidden for the eye only (`sr-only`) is clipped to its one-pixel box.
      if (node.parentElement.getBoundingClientRect().width > 1) {
        texts.push({ el: node.parentElement, right: range.getBoundingClientRect().right, text: node.textContent.trim().slice(0, 30) });
      }
    }
    const boxes = [...document.querySelectorAll('body *')].map((el) => ({ el, right: el.getBoundingClientRect().right, text: '' }));
    return {
      page: document.documentElement.scrollWidth,
      widest: [...boxes, ...texts]
        .filter(({ el, right }) => right > window.innerWidth + 0.5 && !el.closest('[role="region"]'))
        .map(({ el, right, text }) => `${el.tagName.toLowerCase()}#${el.id} ${Math.round(right)} ${text}`)
        .slice(0, 5),
    };
  });
  expect(wide.page, `${lang} ${path}: ${wide.widest.join(', ')}`).toBeLessThanOrEqual(320);
}

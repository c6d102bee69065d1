import { test, expect } from '@playwright/test';
import { wcagViolations } from './axe.mjs';
import { hydrated } from './session.mjs';

const NEUTRAL = 'https://www.google.se/';

// No outside network in tests: the neutral site is answered here.
test.beforeEach(async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Google</title><p>neutral</p>' }),
  );
});

const exit = (page) => page.getByRole('link', { name: 'Lämna sidan snabbt' });

test('the quick exit is the first thing after the skip link, and focus moves on past it', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Hoppa till innehållet');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Lämna sidan snabbt');
  await expect(page.locator(':focus')).toHaveAccessibleDescription(
    'Du kan också trycka på Skift-tangenten tre gånger.',
  );
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Om säker surfning');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('Hoppa till innehållet');
});

test('the quick exit stays in view while the page scrolls, at 320 px and on a desktop', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/oversikt');
    await expect(exit(page)).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('footer')).toBeInViewport();
    await expect(exit(page)).toBeInViewport();
  }
});

// WCAG 2.4.11: the sticky bar never hides what has focus. Tabbing down a long page and back up
// (up is where a page scrolls what gets focus to its top edge), each focused element is below
// the bar, at both widths.
test('focus is never hidden behind the quick exit bar', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/oversikt');
    await hydrated(page);
    await exit(page).focus();
    let checked = 0;
    for (let i = 0; i < 120; i += 1) {
      await page.keyboard.press(i < 60 ? 'Tab' : 'Shift+Tab');
      const place = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('.snabb-utgang');
        if (!focused || bar.contains(focused)) return null;
        const box = focused.getBoundingClientRect();
        const barBottom = bar.getBoundingClientRect().bottom;
        return {
          top: box.top, bottom: box.bottom, height: box.height, barBottom,
          // The room a focused element is scrolled into: below the bar, above the bottom's
          // scroll padding kept for the edit form's save bar.
          room: window.innerHeight - barBottom - parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom),
          text: focused.textContent.trim().slice(0, 40),
        };
      });
      if (!place) continue;
      checked += 1;
      // Taller than that room (a scrolled table): some of it shows below the bar.
      if (place.height > place.room) {
        expect(place.bottom, `${width} px: "${place.text}"`).toBeGreaterThan(place.barBottom + 24);
      } else {
        expect(place.top, `${width} px: "${place.text}"`).toBeGreaterThanOrEqual(place.barBottom - 1);
      }
    }
    expect(checked).toBeGreaterThan(60);
  }
});

test('the quick exit covers the page at once, and Back does not return to it', async ({ page }) => {
  await page.goto('/');
  await page.goto('/profil/2080');
  await hydrated(page);
  // The server's answer is held back, and the page reports what covers it as soon as it is
  // added: the page must be covered before anything else arrives.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/lamna', async (route) => { await held; await route.continue(); });
  let reported;
  const covered = new Promise((resolve) => { reported = resolve; });
  await page.exposeFunction('reportCover', (seen) => reported(seen));
  await page.evaluate(() => {
    new MutationObserver(() => {
      const cover = document.getElementById('lamna-tackning');
      if (!cover) return;
      const box = cover.getBoundingClientRect();
      const style = getComputedStyle(cover);
      window.reportCover({
        width: box.width, height: box.height, top: box.top, left: box.left,
        background: style.backgroundColor, z: style.zIndex,
        topmost: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === cover,
        title: document.title,
      });
    }).observe(document.body, { childList: true });
  });
  const viewport = page.viewportSize();
  await exit(page).click({ noWaitAfter: true });
  const seen = await covered;
  expect(seen).toEqual({
    width: viewport.width, height: viewport.height, top: 0, left: 0,
    background: 'rgb(255, 255, 255)', z: '2147483647', topmost: true, title: '',
  });
  release();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('three presses of Shift leave, even before the application has loaded', async ({ page }) => {
  // The application's code never arrives: the quick exit must not need it.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await page.goto('/metod');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(page.locator('#lamna-status')).toHaveText('Tryck på Skift två gånger till för att lämna sidan.');
  // A capital letter typed with Shift starts the count again.
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.locator('#lamna-status')).toHaveText('Tryck på Skift en gång till för att lämna sidan.');
  await expect(page).toHaveURL(/\/metod$/);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('the safer-browsing page says what the button does and does not do', async ({ page }) => {
  await page.goto('/saker-surfning');
  await expect(page.getByText('Knappen raderar inte din webbhistorik.')).toBeVisible();
  await expect(page.getByText('Om JavaScript är avstängt i webbläsaren')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

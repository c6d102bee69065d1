// What the browser's main thread does while a page loads and hydrates: each task of 50 ms or
// more (the ones Total Blocking Time counts) with the events that took its time (events nest, so
// their times overlap), and how many elements the page has. Debian Chromium through
// Playwright, the CPU slowed as Lighthouse's mobile preset assumes. A benchmark aid, run on
// demand against a running server:
//   node scripts/trace.mjs http://127.0.0.1:3000/ [CPU_SLOWDOWN]
import { chromium } from 'playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, slowdown = '4'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/trace.mjs URL [CPU_SLOWDOWN]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'trace-'));
const file = join(dir, 'trace.json');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(slowdown) });
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink'];
  await browser.startTracing(page, { path: file, categories });
  await page.goto(url);
  await page.waitForSelector('body[data-hydrated]', { timeout: 60_000 });
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  await browser.stopTracing();

  const { traceEvents: events } = JSON.parse(readFileSync(file, 'utf8'));
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const long = onMain.filter((e) => e.name === 'RunTask' && e.dur >= 50_000);
  let blocking = 0;
  for (const task of long) {
    blocking += task.dur / 1000 - 50;
    const within = new Map();
    for (const e of onMain) {
      if (e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur) {
        within.set(e.name, (within.get(e.name) ?? 0) + e.dur);
      }
    }
    const top = [...within.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`task ${Math.round(task.dur / 1000)} ms: ${top.map(([n, d]) => `${n} ${Math.round(d / 1000)}`).join(', ')}`);
  }
  console.log(`${long.length} tasks of 50 ms or more, ${Math.round(blocking)} ms over 50 ms; ${elements} elements`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

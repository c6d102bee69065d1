// End-to-end tests in Debian's Chromium (no browser download), against the running server.
import { defineConfig } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3005';
const launchOptions = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 60_000,
  workers: 2,
  // On the two-core CI machine a page occasionally hydrates after the 30 s wait while the
  // other worker compiles its wasm; one retry there, reported as "flaky" in the summary.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { baseURL, launchOptions, locale: 'sv-SE' },
  projects: [
    { name: 'js', testIgnore: /(nojs|rounds|agreements|documents)\.spec/, use: { javaScriptEnabled: true } },
    { name: 'nojs', testMatch: /nojs\.spec/, use: { javaScriptEnabled: false } },
    // Follow-up rounds and a checked RÖK decision change what the other suites count (how old
    // values are, how many decisions are reported): after them.
    {
      name: 'rounds',
      testMatch: /(rounds|agreements|documents)\.spec/,
      use: { javaScriptEnabled: true },
      dependencies: ['js', 'nojs'],
    },
  ],
});

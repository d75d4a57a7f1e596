// The console's first meaningful paint: a city account opens the dashboard with the demo year loaded, and we
// time how long until the figures (12 / 372 / 129 / 113) are on screen, in Debian's Chromium.
// Run: node bench/console-paint.mjs   (builds the console first when it is missing or stale)
/* global document -- the callbacks given to page.evaluate run in the page, not in node */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildConsole, consoleIsStale } from '../scripts/console-build.mjs';
import { own } from '../scripts/lifecycle.mjs';
import { CHROMIUM, ensureChromium } from '../scripts/system-packages.mjs';
import { root, startBenchPlatform } from './platform.mjs';

const ROUNDS = 10;

await ensureChromium({ redis: true });
if (consoleIsStale()) {
  await buildConsole();
}
const platform = await startBenchPlatform({ prepare: (cli) => cli('demo-year') });
// Playwright's own signal handlers would exit before the platform stopped; a signal closes the browser with the rest.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox'],
  handleSIGINT: false,
  handleSIGTERM: false,
  handleSIGHUP: false,
});
const forgetBrowser = own({ stop: () => browser.close(), kill: () => undefined });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${platform.base}/login`);
  await page.getByLabel('账号').fill('4103');
  await page.getByLabel('密码').fill('liandong-demo');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL('**/dashboard');
  const samples = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // A reload: the session stays (sessionStorage), the page and its data load afresh (assets from cache).
    await page.reload({ waitUntil: 'commit' });
    await page
      .getByTestId('figure-findings')
      .locator('.ant-statistic-content-value', { hasText: '372' })
      .waitFor({ timeout: 30_000 });
    samples.push(
      await page.evaluate(() => ({
        meaningful: performance.now(),
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      })),
    );
  }
  const figures = await page.evaluate(() =>
    ['projects', 'findings', 'handoffs', 'handoffsClosed'].map(
      (key) =>
        document.querySelector(`[data-testid="figure-${key}"] .ant-statistic-content-value`)?.textContent,
    ),
  );
  mkdirSync(join(root, 'test-output/screenshots'), { recursive: true });
  await page.screenshot({
    path: join(root, 'test-output/screenshots/bench-dashboard-demo-year.png'),
    fullPage: true,
  });
  const sorted = (key) => samples.map((sample) => sample[key]).sort((a, b) => a - b);
  const median = (values) => values[Math.floor(values.length / 2)].toFixed(0);
  console.log(`city dashboard after the demo year shows ${figures.join(' / ')}`);
  console.log(
    `first contentful paint: median ${median(sorted('firstPaint'))} ms; figures on screen (first meaningful paint): ` +
      `median ${median(sorted('meaningful'))} ms, worst ${sorted('meaningful').at(-1).toFixed(0)} ms over ${ROUNDS} reloads`,
  );
} finally {
  forgetBrowser();
  await browser.close();
  await platform.stop();
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Headless Chromium for the dashboard test: the system's own browser (Debian's `chromium`, installed by .ci/run), driven
 * by puppeteer-core, which never downloads one. Where none is found the test says so and skips.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH ?? process.env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(executablePath: string): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'dashboard-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Everything the page complained about: console errors, uncaught exceptions, requests that failed to send. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message ?? String(error)}`));
  page.on('requestfailed', (request) => {
    // Leaving a page aborts its in-flight calls on purpose; anything else is a real failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return problems;
}

const ROOT = process.cwd();
export const DASHBOARD_BUILD = join(ROOT, 'dist', 'dashboard');
const SOURCES = join(ROOT, 'apps', 'dashboard');

const newestMtime = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);

/** The test drives the page as built: build it when there is no build, or when the sources are newer than it. */
export function ensureDashboardBuilt(): void {
  const index = join(DASHBOARD_BUILD, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(SOURCES)) return;
  const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(SOURCES, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (vite.status !== 0) throw new Error(`vite build failed:\n${vite.stdout}\n${vite.stderr}`);
}

/**
 * Every run saves its screenshots under test-output/ (ignored by git); `UPDATE_SCREENSHOTS=1` also refreshes the ones
 * the README shows, so an ordinary test run never leaves the work tree modified.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-output', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) as `${string}.png`, fullPage: true });
}

/**
 * Time to first render of the SLA overview (the benchmark's `dashboardPageMs`): from the start of navigation to the
 * moment the page has put the figures on screen (its `dashboard:overview-rendered` performance mark).
 */
export async function overviewRenderMs(page: Page, baseUrl: string, token: string): Promise<number> {
  // A real load each time: from a page already at /dashboard/, only the fragment would change.
  await page.goto('about:blank');
  await page.goto(`${baseUrl}/dashboard/#token=${token}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-testid="clock-table"]', { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('dashboard:overview-rendered')[0]?.startTime ?? Number.NaN);
}

/** From the start of navigation to the monthly on-time-rate chart drawn (12 more dashboard calls); call after overviewRenderMs. */
export async function overviewChartMs(page: Page): Promise<number> {
  await page.waitForSelector('#on-time-chart[data-ready="true"]', { timeout: 120_000 });
  return page.evaluate(() => performance.getEntriesByName('dashboard:overview-chart-rendered')[0]?.startTime ?? Number.NaN);
}

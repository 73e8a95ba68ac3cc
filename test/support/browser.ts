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

/**
 * What a zh-CN page may show in Latin letters outside `translate="no"` nodes, word by word: units, which Chinese
 * writes in Latin letters too. Everything else a Chinese reader sees is Chinese (issue 19).
 */
export const ZH_LATIN_ALLOWED = ['kW', 'kVA', 'kV', 'V'] as const;

export type Reading = 'zh-CN' | 'en';

/**
 * Runs in the page: every visible text node outside a `translate="no"` element that the reader of `language` would
 * not read as theirs. In zh-CN, a node with no Chinese character made only of Latin words, bar the allowed ones; in
 * English, any node with a Chinese character. Returns each as `<tag>: text`.
 */
function foreignText(language: Reading, allowed: readonly string[]): string[] {
  const doc = (globalThis as any).document;
  const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text: string = node.textContent.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('[translate="no"], script, style, noscript')) continue;
    if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    if (![...range.getClientRects()].some((r: { width: number; height: number }) => r.width > 0 && r.height > 0)) continue;
    const foreign =
      language === 'en' ? cjk.test(text) : !cjk.test(text) && (text.match(/[A-Za-z]+/g) ?? []).some((word: string) => !allowed.includes(word));
    if (foreign) found.push(`${parent.tagName.toLowerCase()}: ${text.slice(0, 80)}`);
  }
  return found;
}

/** Runs in the page: every table (or its scrolling region) wider than the space it has, by how many pixels. */
function tablesScrollingSideways(): string[] {
  const doc = (globalThis as any).document;
  const found: string[] = [];
  for (const table of doc.querySelectorAll('table')) {
    const region = table.closest('.table-scroll') ?? table.parentElement;
    const over = Math.max(region.scrollWidth - region.clientWidth, table.getBoundingClientRect().width - region.getBoundingClientRect().width);
    if (over > 1) found.push(`${table.getAttribute('data-testid') ?? 'table'}: ${Math.round(over)} px too wide`);
  }
  return found;
}

/** Runs in the page: how far the page itself is wider than the window (0 when it never scrolls sideways). */
function pageOverflow(): number {
  const doc = (globalThis as any).document;
  return Math.max(0, doc.documentElement.scrollWidth - (globalThis as any).innerWidth);
}

export interface PageToRead {
  /** The dashboard path, e.g. `/dashboard/alerts?status=overdue`. */
  path: string;
  /** A selector present once the page has drawn what it shows. */
  ready: string;
}

/**
 * Reads a dashboard page as issue 19's readers do, in zh-CN and in English, at 1280 px and at 390 px, and returns every
 * problem found (none: `[]`): at 1280 px no table scrolls sideways; at 390 px the page itself never does (tables may,
 * inside their card); in zh-CN no visible Latin-only text outside `translate="no"` (units allowed: ZH_LATIN_ALLOWED);
 * in English no Chinese outside `translate="no"`. The page must already hold a token (sessionStorage); it is left in
 * zh-CN at 1280 px. Every page the dashboard has, or gains, is read with this.
 */
export async function readAsEveryReader(page: Page, baseUrl: string, target: PageToRead): Promise<string[]> {
  const problems: string[] = [];
  // The page in front: a page behind another tab draws no frames, and some of its layout waits for them.
  await page.bringToFront();
  for (const language of ['zh-CN', 'en'] as const) {
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluate((value) => (globalThis as any).localStorage.setItem('dashboard.language', value), language);
    await page.goto(`${baseUrl}${target.path}`);
    await page.waitForSelector(target.ready, { timeout: 30_000 });
    await page.waitForFunction((lang) => (globalThis as any).document.documentElement.lang === lang, {}, language);
    await settle(page);
    const where = (width: number) => `${language} ${width} px ${target.path}`;
    for (const problem of await page.evaluate(tablesScrollingSideways)) problems.push(`${where(1280)}: ${problem}`);
    for (const text of await page.evaluate(foreignText, language, ZH_LATIN_ALLOWED)) problems.push(`${where(1280)}: ${text}`);
    await page.setViewport({ width: 390, height: 844 });
    await settle(page);
    const overflow = await page.evaluate(pageOverflow);
    if (overflow > 0) problems.push(`${where(390)}: the page scrolls sideways by ${overflow} px`);
    for (const text of await page.evaluate(foreignText, language, ZH_LATIN_ALLOWED)) problems.push(`${where(390)}: ${text}`);
  }
  await page.evaluate(() => (globalThis as any).localStorage.setItem('dashboard.language', 'zh-CN'));
  await page.setViewport({ width: 1280, height: 900 });
  return problems;
}

/**
 * Lets a resize be laid out before the page is read: two frames drawn, or a second at most (a page Chromium deems hidden
 * draws no frame). The page's content is there already (the target's `ready` selector). No wait for the network to go
 * quiet: a page that keeps a request open never does, and every such wait ran to its timeout (20 s a page).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const window = globalThis as any;
        window.setTimeout(resolve, 1000);
        window.requestAnimationFrame(() => window.requestAnimationFrame(resolve));
      }),
  );
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { median } from '../support/stats.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface DashboardPageFigures {
  /** Median time from navigation start to the overview's figures on screen (its `dashboard:overview-rendered` mark). */
  renderMs: number;
  loads: number[];
  skipped?: string;
}

/**
 * Issue 8's `dashboardPageMs`: the SLA overview's time to first render in headless Chromium (the system's own browser,
 * driven by puppeteer-core, which never downloads one), against the query server at N projects.
 */
export async function benchDashboardPage(baseUrl: string, viewerToken: string, loads = 5): Promise<DashboardPageFigures> {
  const executablePath = process.env.CHROMIUM_PATH ?? CHROMIUM.find((path) => existsSync(path));
  if (!executablePath) return { renderMs: Number.NaN, loads: [], skipped: 'no Chromium found (install Debian chromium)' };
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto('about:blank');
      await page.goto(`${baseUrl}/dashboard/#token=${viewerToken}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('[data-testid="clock-table"]', { timeout: 60_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('dashboard:overview-rendered')[0]?.startTime ?? Number.NaN));
    }
    return { renderMs: Math.round(median(times)), loads: times.map(Math.round) };
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** The dashboard's charts, all of which must have drawn for the page to count as painted. */
const CHARTS = ['composition', 'rates', 'status', 'field', 'units', 'ranking', 'group-ranking', 'plan'];

export interface FirstPaint {
  /** Milliseconds from navigation to every chart drawn, one per run; the first run has an empty browser cache. */
  runs: number[];
  median: number;
  worst: number;
}

/**
 * The whole dashboard's first paint in headless Chromium: a signed-in staff member opens the
 * admin's home page; the clock runs from navigation until every chart has drawn its canvas.
 * Each run is a fresh page in one browser context (the first with an empty cache, the others
 * with the admin's assets cached, as on a staff member's second visit of the day).
 */
export async function dashboardFirstPaint(baseUrl: string, token: string, runs = 5): Promise<FirstPaint | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return null;
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    await context.addInitScript((t) => localStorage.setItem('luzhi.token', t), token);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      for (const id of CHARTS) await page.getByTestId(`canvas-${id}`).locator('canvas').first().waitFor({ timeout: 60_000 });
      times.push(Date.now() - started);
      await page.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { runs: times, median: sorted[Math.floor(sorted.length / 2)]!, worst: sorted.at(-1)! };
  } finally {
    await browser.close();
  }
}

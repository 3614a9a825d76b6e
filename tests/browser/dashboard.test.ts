/**
 * The HTML dashboard (`writeHtml`, `report --output html`) in a real browser:
 * Debian's Chromium through playwright-core. The five samples' page renders
 * with no console error, its SVG bars hold the roll-up's counts, and a
 * document whose cells carry script payloads runs none of them — with the
 * page's Content-Security-Policy and, to show the escaping alone is enough,
 * without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentItems, parseDocument, reportModel, rollUp, writeHtml } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const hasChromium = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run); a developer's machine without it skips, and says so.
const describeBrowser = hasChromium || process.env.CI ? describe : describe.skip;

const SAMPLES = ['000-wmra-review-recommendations.md', '001-rspe-action-plan-2008-10.tsv', '002-wmca-race-equalities-strategy.md', '003-wmca-equity-inclusion-objective-3.txt', '004-bromsgrove-peer-review-action-plan.tsv'];
const AS_OF = '2009-06-30';

/** A page that records console errors, uncaught errors and dialogs (alert, confirm, prompt). */
async function watchedPage(browser: Browser) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // Nothing may leave the page: no script, image, font or style is fetched.
  await page.route('**/*', (route) => {
    problems.push(`request: ${route.request().url()}`);
    void route.abort();
  });
  return { page, problems };
}

/** Per bar chart, per group: its label and the count each status segment carries, with its width. */
function readBars(page: Page) {
  return page.$$eval('svg.bars', (svgs) =>
    svgs.map((svg) =>
      Array.from(svg.querySelectorAll('g[data-group]')).map((g) => ({
        label: g.getAttribute('data-group'),
        segments: Array.from(g.querySelectorAll('rect.seg')).map((r) => ({ status: r.getAttribute('data-status'), count: Number(r.getAttribute('data-count')), width: Number(r.getAttribute('width')) })),
      })),
    ),
  );
}

describeBrowser('the HTML dashboard in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the five samples with no console error, and its bars hold the roll-up counts', async () => {
    const docs = SAMPLES.map((name) => ({ name, items: documentItems(parseDocument(readFileSync(`examples/data/${name}`, 'utf8'), { source: name }).data) }));
    const html = writeHtml(docs.map((d) => reportModel(d.items, { asOf: AS_OF, document: d.name })));
    const { page, problems } = await watchedPage(browser);
    await page.setContent(html, { waitUntil: 'load' });

    expect(await page.$$eval('section > h2', (hs) => hs.map((h) => h.textContent))).toEqual(SAMPLES);
    const bars = await readBars(page);
    expect(bars).toHaveLength(5);
    let segments = 0;
    for (const [k, doc] of docs.entries()) {
      // The counts, straight from rollUp: each group's non-zero statuses.
      const groups = rollUp(doc.items, { by: 'lead', asOf: AS_OF }).groups;
      const want = groups.map((g) => ({ label: g.label, counts: Object.fromEntries(Object.entries(g.counts).filter(([, n]) => n > 0)) }));
      const got = bars[k]!.map((g) => ({ label: g.label, counts: Object.fromEntries(g.segments.map((s) => [s.status, s.count])) }));
      expect(got, SAMPLES[k]).toEqual(want);
      // Each segment's width is its share of the largest group, so what is seen is what is counted.
      const max = Math.max(...groups.map((g) => g.total));
      const unit = bars[k]!.flatMap((g) => g.segments).map((s) => s.width / s.count);
      for (const u of unit) expect(u).toBeCloseTo(unit[0]!, 0);
      if (unit.length > 0) expect(unit[0]! * max).toBeCloseTo(420, 0);
      // Every item is in the table below the chart, once.
      expect(await page.$$eval(`section:nth-of-type(${k + 1}) table.items tbody tr`, (rows) => rows.length)).toBe(doc.items.length);
      segments += unit.length;
    }
    expect(segments).toBeGreaterThan(5);
    // The page is laid out: the first chart has a size on screen.
    const box = await page.locator('svg.bars').first().boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    await page.close();
  });

  describe('a document whose cells hold script payloads', () => {
    const PAYLOADS = [
      '<script>alert("script")</script>',
      '<img src=x onerror=alert("img")>',
      'javascript:alert("js")',
      '"><svg onload=alert("svg")>',
      "'><iframe srcdoc=\"<script>alert('iframe')</script>\">",
      '</title></style></table><script>alert("break-out")</script>',
    ];
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const csv = ['Ref,Action,By When,Lead,Progress', ...PAYLOADS.map((p, i) => [quote(`${p}${i}`), quote(`Train staff ${p}`), quote(`March 2009 ${p}`), quote(p), quote(p)].join(','))].join('\n');

    it.each([
      ['with the page’s Content-Security-Policy', (html: string) => html],
      ['without it (the escaping alone)', (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')],
    ])('runs none of them, %s', async (_, variant) => {
      const { data, diagnostics } = parseDocument(csv, { source: 'hostile.csv' });
      const items = documentItems(data);
      expect(items).toHaveLength(PAYLOADS.length);
      const html = variant(writeHtml([reportModel(items, { asOf: AS_OF, document: PAYLOADS.join(' '), diagnostics })], { title: PAYLOADS[0] }));
      const { page, problems } = await watchedPage(browser);
      await page.setContent(html, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      // No element the payloads would make exists; the only scripts, images and frames are none.
      const made = await page.evaluate(() => ({
        elements: document.querySelectorAll('script, img, iframe, object, embed, a, svg svg, [onload], [onerror]').length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        svgs: document.querySelectorAll('svg').length,
      }));
      expect(made).toEqual({ elements: 0, handlers: [], svgs: 2 });
      // The payloads are shown as text, as the document wrote them.
      const text = await page.locator('table.items').innerText();
      for (const p of PAYLOADS) expect(text).toContain(p);
      expect(await page.title()).toBe(PAYLOADS[0]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});

/**
 * The core must run in a browser: bundle `src/index.ts` for the browser with
 * esbuild (no Node built-ins allowed), load it into Debian's Chromium through
 * playwright-core, and check that it gives the same answers as in Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const hasChromium = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run); a developer's machine without it skips, and says so.
const describeBrowser = hasChromium || process.env.CI ? describe : describe.skip;

const SAMPLES = ['000-wmra-review-recommendations.md', '001-rspe-action-plan-2008-10.tsv', '002-wmca-race-equalities-strategy.md', '003-wmca-equity-inclusion-objective-3.txt', '004-bromsgrove-peer-review-action-plan.tsv', 'eastmere-equality-action-plan.csv'];

describeBrowser('in a browser', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'EqualityPlans',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]!.text;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('bundles for the browser without Node built-ins', () => {
    expect(bundle).not.toMatch(/require\(["']node:/);
    expect(bundle.length).toBeGreaterThan(1000);
  });

  it('gives the same answers as Node', async () => {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    const texts = SAMPLES.map((name) => readFileSync(`examples/data/${name}`, 'utf8'));
    const inBrowser = await page.evaluate((samples) => {
      const L = (globalThis as unknown as { EqualityPlans: typeof lib }).EqualityPlans;
      const review = L.parseDocument(samples[0]!).data;
      const out = {
        iso: [L.isIsoDate('2024-02-29'), L.isIsoDate('2006-06-31')],
        html: L.escapeHtml('<b>'),
        timescales: ['by autumn 2006', '2008/09', 'Q3 2023/24', 'by 31 June 2006', 'Sept 09'].map((t) => L.parseTimescale(t)),
        documents: samples.map((t) => L.parseDocument(t)),
        rag: review.kind === 'review' ? review.recommendations.map((r) => L.ragStatus(r, { asOf: '2006-06-30' })) : [],
      };
      return JSON.parse(JSON.stringify(out));
    }, texts);
    const review = lib.parseDocument(texts[0]!).data;
    const inNode = {
      iso: [true, false],
      html: '&lt;b&gt;',
      timescales: ['by autumn 2006', '2008/09', 'Q3 2023/24', 'by 31 June 2006', 'Sept 09'].map((t) => lib.parseTimescale(t)),
      documents: texts.map((t) => lib.parseDocument(t)),
      rag: review.kind === 'review' ? review.recommendations.map((r) => lib.ragStatus(r, { asOf: '2006-06-30' })) : [],
    };
    // The CSV plan is read by csv-parse's browser build in the page and by its Node build here (package.json `imports`).
    expect(inNode.documents.map((d) => d.data.kind)).toEqual(['review', 'action-plan', 'strategy', 'action-plan', 'peer-review', 'action-plan']);
    expect(inNode.rag).toHaveLength(15);
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)));
    await page.close();
  });
});

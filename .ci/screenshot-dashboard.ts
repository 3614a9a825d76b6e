/**
 * docs/dashboard.png: the HTML dashboard of the five samples at 30 June 2009
 * (the first screenful), rendered by Debian's Chromium through playwright-core.
 *
 *   npm run docs:screenshot
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { documentItems, parseDocument, reportModel, writeHtml } from '../src/index.js';

const SAMPLES = ['000-wmra-review-recommendations.md', '001-rspe-action-plan-2008-10.tsv', '002-wmca-race-equalities-strategy.md', '003-wmca-equity-inclusion-objective-3.txt', '004-bromsgrove-peer-review-action-plan.tsv'];
const models = SAMPLES.map((name) => reportModel(documentItems(parseDocument(readFileSync(`examples/data/${name}`, 'utf8'), { source: name }).data), { asOf: '2009-06-30', document: name }));
const html = writeHtml(models);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
await page.setContent(html, { waitUntil: 'load' });
await page.screenshot({ path: 'docs/dashboard.png' });
await browser.close();

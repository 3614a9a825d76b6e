/**
 * Tree-shaking as an app sees it (issue 17): the package is packed with
 * `npm pack` (what npm publishes, from the built dist/: run `npm run build`
 * first), extracted into a scratch node_modules, and apps importing from it
 * are bundled with esbuild (minified, peer dependencies external). An app
 * that only judges progress must not pay for the document parsers, from the
 * root entry any more than from `equality-plans/rules`; every entry has a size
 * budget in tests/bundle-budgets.json, and the sizes are printed.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { pkg, usePacked } from './_support/packed.js';

interface Budget {
  from: string;
  /** `*` (everything the entry exports) or one export's name. */
  import: string;
  /** Bytes, minified. */
  limit: number;
}

const { budgets } = JSON.parse(readFileSync('tests/bundle-budgets.json', 'utf8')) as { budgets: Budget[] };

const PARSERS = ['node_modules/htmlparser2', 'node_modules/marked', 'node_modules/csv-parse', 'node_modules/entities', 'equality-plans/dist/read/', 'equality-plans/dist/interpret/', 'equality-plans/dist/parse/'];

const packedPackage = usePacked();

interface Bundle {
  text: string;
  bytes: number;
  gzip: number;
  /** Input files that put bytes in the bundle. */
  inputs: string[];
}

/** An app whose source is `code`, bundled against the packed package. */
async function bundle(code: string, platform: 'browser' | 'node' = 'browser'): Promise<Bundle> {
  const result = await build({
    stdin: { contents: code, resolveDir: packedPackage().dir, loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'esm',
    platform,
    external: Object.keys(pkg.peerDependencies ?? {}),
    logLevel: 'silent',
  });
  const file = result.outputFiles[0]!;
  const output = Object.values(result.metafile.outputs)[0]! as Metafile['outputs'][string];
  const inputs = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path.replaceAll('\\', '/'));
  return { text: file.text, bytes: file.contents.length, gzip: gzipSync(file.contents).length, inputs };
}

function app(from: string, name: string): string {
  return name === '*' ? `export * from '${from}';` : `import { ${name} } from '${from}'; console.log(${name});`;
}

function parsersIn(b: Bundle): string[] {
  return b.inputs.filter((i) => PARSERS.some((p) => i.includes(p)));
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

describe('bundle (the packed package)', () => {
  it('ragStatus from the root entry is within 10% of ragStatus from equality-plans/rules, and neither has a document parser', async () => {
    const root = await bundle(app('equality-plans', 'ragStatus'));
    const rules = await bundle(app('equality-plans/rules', 'ragStatus'));
    console.log(`ragStatus: root ${kb(root.bytes)}, rules ${kb(rules.bytes)}`);
    expect(root.inputs.some((i) => i.includes('equality-plans/dist/rules/ragStatus.js'))).toBe(true);
    expect(parsersIn(root)).toEqual([]);
    expect(parsersIn(rules)).toEqual([]);
    expect(root.bytes).toBeLessThanOrEqual(rules.bytes * 1.1);
  });

  it('rollUp, ragStatus and slippage from the root entry pull in no document parser', async () => {
    const b = await bundle("import { rollUp, ragStatus, slippage } from 'equality-plans'; console.log(rollUp, ragStatus, slippage);");
    expect(b.inputs.some((i) => i.includes('equality-plans/dist/rollup/'))).toBe(true);
    expect(parsersIn(b)).toEqual([]);
  });

  it('parseTimescale from the root entry pulls in no document parser and no progress-rules preset', async () => {
    const b = await bundle(app('equality-plans', 'parseTimescale'));
    expect(b.inputs.some((i) => i.includes('equality-plans/dist/timescale/'))).toBe(true);
    expect(parsersIn(b)).toEqual([]);
    expect(b.inputs.filter((i) => i.includes('dist/rules/presets.js') || i.includes('dist/_lib/freeze.js'))).toEqual([]);
  });

  it('each progress-rules preset is shaken out unless used (they are frozen by calls marked pure)', async () => {
    const one = (await bundle(app('equality-plans/rules', 'COUNCIL_SLIPPAGE_RULES'))).text;
    expect(one).toMatch(/id:\s*"council-slippage"/u);
    for (const id of ['default', 'delivery-confidence', 'recommendation-tracker', 'reported-rag']) expect(one, id).not.toMatch(new RegExp(`id:\\s*"${id}"`, 'u'));
  });

  it('the parsers are really there when parseDocument is imported (the check can fail)', async () => {
    const b = await bundle(app('equality-plans', 'parseDocument'));
    expect(b.inputs.some((i) => i.includes('node_modules/htmlparser2'))).toBe(true);
    expect(b.inputs.some((i) => i.includes('node_modules/marked'))).toBe(true);
  });

  it("the CSV reader takes csv-parse's browser build in a browser bundle and its Node build under Node (package.json imports)", async () => {
    const browser = await bundle(app('equality-plans', 'readCsv'));
    expect(browser.inputs.filter((i) => i.includes('node_modules/csv-parse/')).every((i) => i.includes('csv-parse/dist/esm/'))).toBe(true);
    expect(browser.inputs.some((i) => i.includes('csv-parse/dist/esm/sync.js'))).toBe(true);
    const node = await bundle(app('equality-plans', 'readCsv'), 'node');
    expect(node.inputs.some((i) => i.includes('csv-parse/lib/sync.js'))).toBe(true);
    expect(node.inputs.some((i) => i.includes('csv-parse/dist/esm/'))).toBe(false);
  });

  it('every entry in exports has a budget', () => {
    const entries = Object.keys(pkg.exports)
      .filter((key) => !key.includes('*') && !key.endsWith('.json'))
      .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
    const budgeted = budgets.filter((b) => b.import === '*').map((b) => b.from);
    expect(budgeted.sort()).toEqual(entries.sort());
  });

  it('every bundle is within its budget (tests/bundle-budgets.json)', async () => {
    const rows: string[] = [];
    const over: string[] = [];
    for (const budget of budgets) {
      const b = await bundle(app(budget.from, budget.import));
      const name = `${budget.import === '*' ? 'everything' : budget.import} from ${budget.from}`;
      rows.push(`${name.padEnd(48)} ${kb(b.bytes).padStart(9)} min ${kb(b.gzip).padStart(9)} gzip   budget ${kb(budget.limit)}`);
      if (b.bytes > budget.limit) over.push(`${name}: ${b.bytes} > ${budget.limit}`);
    }
    console.log(`bundle sizes (tarball ${kb(packedPackage().size)}, unpacked ${kb(packedPackage().unpackedSize)}):\n${rows.join('\n')}`);
    expect(over).toEqual([]);
  }, 60_000);
});

describe('the packed files', () => {
  it('the command imports the library entry instead of carrying a copy of it', () => {
    const pack = packedPackage();
    const root = join(pack.dir, 'node_modules', 'equality-plans');
    const cli = readFileSync(join(root, 'dist/cli.js'), 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node')).toBe(true);
    // The command's work (dist/cli/run.js, loaded once the arguments are not a plain --help) imports the entry.
    expect(cli).toMatch(/import\("\.\/cli\/run\.js"\)/u);
    expect(readFileSync(join(root, 'dist/cli/run.js'), 'utf8')).toMatch(/from "\.\.\/index\.js"/u);
    // The library's functions are defined once, in their own modules, not in the command's files.
    const commandFiles = pack.files.filter((f) => f === 'dist/cli.js' || f.startsWith('dist/cli/'));
    for (const f of commandFiles) expect(readFileSync(join(root, f), 'utf8'), f).not.toMatch(/function (?:parseDocument|ragStatus|parseTimescale)\(/u);
    expect(pack.files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !commandFiles.includes(f)).length).toBeGreaterThan(50);
  });

  it("the command's --help loads neither the library nor zod (its static imports reach neither)", () => {
    const pack = packedPackage();
    const root = join(pack.dir, 'node_modules', 'equality-plans');
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/^import [^;]*?from "([^"]+)"|^import "([^"]+)"/gmu)) {
        const spec = m[1] ?? m[2]!;
        if (spec.startsWith('.')) visit(join(file, '..', spec));
        else bare.add(spec);
      }
    };
    visit('dist/cli.js');
    expect(seen.has('dist/index.js')).toBe(false);
    expect([...seen].filter((f) => f.startsWith('dist/model/'))).toEqual([]);
    expect([...bare].filter((b) => !/^(?:node:)?(?:util|fs|path)$/u.test(b))).toEqual([]);
    expect(seen.size).toBeLessThan(12);
  });

  it('ships no source maps (they would point at src/, which is not shipped) and no CJS build of the command', () => {
    const pack = packedPackage();
    expect(pack.files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(pack.files.filter((f) => f.startsWith('dist/cli') && f.endsWith('.cjs'))).toEqual([]);
  });
});

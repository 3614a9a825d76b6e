/**
 * Issue 14: the built package's core entry pulls in none of the office
 * libraries. tsup builds the entries as tsup.config.ts names them (ESM and
 * CJS, dependencies and peer dependencies external) into a scratch folder;
 * the files `exports` points at are checked, and an app importing the core
 * entry is bundled with esbuild to see what goes in.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const OUT = resolve('.office-bundle-test', String(process.pid), 'dist');
const OFFICE = ['exceljs', 'mammoth', 'unpdf', 'jszip', 'pdfjs-dist', 'docx'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, { import: { default: string }; require: { default: string } }> };

beforeAll(() => {
  const args = ['tsup', '--no-config', '--entry.index', 'src/index.ts', '--entry.office', 'src/entries/office.ts', '--entry.pdf', 'src/entries/pdf.ts', '--entry.docx', 'src/entries/docx.ts', '--entry.xlsx', 'src/entries/xlsx.ts', '--format', 'esm,cjs', '--target', 'node20', '--platform', 'neutral', '--treeshake', '--no-splitting', '--out-dir', OUT];
  const run = spawnSync('npx', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tsup failed: ${run.stderr}`);
}, 120_000);

afterAll(() => process.env.KEEP === undefined && rmSync(resolve('.office-bundle-test', String(process.pid)), { recursive: true, force: true }));

/** The node_modules packages an app importing `file` carries (inputs that put bytes in the bundle). */
async function packagesIn(file: string): Promise<string[]> {
  const result = await build({ entryPoints: [file], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', logLevel: 'silent' });
  const output = Object.values(result.metafile.outputs)[0]!;
  const names = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path)?.[1])
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

describe('the built package', () => {
  it('exports the office entry, in ESM and CJS', () => {
    const entry = pkg.exports['./office']!;
    expect(entry.import.default).toBe('./dist/office.js');
    expect(entry.require.default).toBe('./dist/office.cjs');
    for (const f of ['office.js', 'office.cjs', 'index.js', 'index.cjs']) expect(readFileSync(join(OUT, f), 'utf8').length).toBeGreaterThan(0);
  });

  it('the core entry names none of the office libraries, in ESM or CJS', () => {
    for (const f of ['index.js', 'index.cjs']) {
      const code = readFileSync(join(OUT, f), 'utf8');
      for (const name of OFFICE) expect(code, `${f} ${name}`).not.toMatch(new RegExp(`(?:from |import\\(|require\\()["']${name}`, 'u'));
    }
  });

  it('an app bundling the core entry carries none of them', async () => {
    const packages = await packagesIn(join(OUT, 'index.js'));
    expect(packages).toContain('htmlparser2');
    for (const name of OFFICE) expect(packages).not.toContain(name);
  });

  it('the office entry loads them only on demand (the check can fail)', async () => {
    for (const f of ['office.js', 'office.cjs']) {
      const code = readFileSync(join(OUT, f), 'utf8');
      for (const name of ['exceljs', 'mammoth', 'unpdf']) {
        expect(code, `${f} ${name}`).toMatch(new RegExp(`import\\(["']${name}["']\\)`, 'u'));
        expect(code, `${f} ${name}`).not.toMatch(new RegExp(`(?:from |require\\()["']${name}`, 'u'));
      }
    }
    const packages = await packagesIn(join(OUT, 'office.js'));
    expect(packages).toEqual(expect.arrayContaining(['exceljs', 'mammoth', 'unpdf']));
  });

  it.each([
    ['pdf', 'unpdf'],
    ['docx', 'mammoth'],
    ['xlsx', 'exceljs'],
  ])('equality-plans/%s loads %s on demand and no other office library', async (entry, own) => {
    expect(pkg.exports[`./${entry}`]?.import.default).toBe(`./dist/${entry}.js`);
    expect(pkg.exports[`./${entry}`]?.require.default).toBe(`./dist/${entry}.cjs`);
    for (const f of [`${entry}.js`, `${entry}.cjs`]) {
      const code = readFileSync(join(OUT, f), 'utf8');
      expect(code, f).toMatch(new RegExp(`import\\(["']${own}["']\\)`, 'u'));
      for (const name of OFFICE.filter((n) => n !== own)) expect(code, `${f} ${name}`).not.toMatch(new RegExp(`(?:from |import\\(|require\\()["']${name}["']`, 'u'));
    }
    const packages = await packagesIn(join(OUT, `${entry}.js`));
    expect(packages).toContain(own);
    for (const name of OFFICE.filter((n) => n !== own && !(own === 'unpdf' && n === 'pdfjs-dist') && !(own === 'exceljs' && n === 'jszip') && !(own === 'mammoth' && n === 'jszip'))) expect(packages, name).not.toContain(name);
  });
});

/**
 * Tree-shaking: an app that only judges progress must not pay for the
 * document parsers. Bundle a rules-only import and check what went in
 * (zod's MUST_NOT_APPEAR idea, on esbuild's metafile).
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

function bundle(code: string) {
  return build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
}

async function inputsOf(code: string): Promise<string[]> {
  const result = await bundle(code);
  // Inputs that contribute bytes to the output (the metafile's `inputs` also lists files read and then shaken out).
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
}

const PARSERS = ['node_modules/htmlparser2', 'node_modules/marked', 'node_modules/csv-parse', 'node_modules/entities', 'src/read/', 'src/interpret/', 'src/parse/'];

describe('bundle', () => {
  it('rollUp, ragStatus and slippage pull in no document parser', async () => {
    const inputs = await inputsOf("import { rollUp, ragStatus, slippage } from './src/index.ts'; console.log(rollUp, ragStatus, slippage);");
    expect(inputs.some((i) => i.includes('src/rollup/'))).toBe(true);
    for (const banned of PARSERS) expect(inputs.filter((i) => i.includes(banned))).toEqual([]);
  });

  it('parseTimescale pulls in no document parser', async () => {
    const inputs = await inputsOf("import { parseTimescale } from './src/index.ts'; console.log(parseTimescale);");
    expect(inputs.some((i) => i.includes('src/timescale/'))).toBe(true);
    for (const banned of PARSERS) expect(inputs.filter((i) => i.includes(banned))).toEqual([]);
  });

  it('each progress-rules preset is shaken out unless used (they are frozen by calls marked pure)', async () => {
    const timescaleOnly = await inputsOf("import { parseTimescale } from './src/index.ts'; console.log(parseTimescale);");
    expect(timescaleOnly.filter((i) => i.includes('src/rules/presets.ts') || i.includes('src/_lib/freeze.ts'))).toEqual([]);
    const one = (await bundle("import { COUNCIL_SLIPPAGE_RULES } from './src/rules/presets.ts'; console.log(COUNCIL_SLIPPAGE_RULES);")).outputFiles[0]!.text;
    expect(one).toContain("'council-slippage'".replace(/'/gu, '"'));
    for (const id of ['default', 'delivery-confidence', 'recommendation-tracker', 'reported-rag']) expect(one, id).not.toContain(`id: "${id}"`);
  });

  it('the parsers are really there when parseDocument is imported (the check can fail)', async () => {
    const inputs = await inputsOf("import { parseDocument } from './src/index.ts'; console.log(parseDocument);");
    expect(inputs.some((i) => i.includes('node_modules/htmlparser2'))).toBe(true);
    expect(inputs.some((i) => i.includes('node_modules/marked'))).toBe(true);
  });
});

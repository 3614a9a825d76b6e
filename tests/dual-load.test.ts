/**
 * The dual-package case (issue 17): one process loads the packed package's
 * ESM and CJS builds side by side (an ESM app with a CJS dependency that uses
 * it too). Each build registers its schemas' ids (`IsoDate`, `Action`, …) in
 * zod's global registry, which the ESM and CJS copies of zod share: with zod
 * 4.1.13–4.2.x the second registration threw at import (`ID IsoDate already
 * exists in the registry`), and up to 4.1.12 the CJS copy of zod did not
 * see the ids of schemas made by the ESM copy. The peer range starts where both work; this checks that they do,
 * with the installed zod.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { usePacked } from './_support/packed.js';

const SCRIPT = `
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/app.js');
const copies = {
  esm: await import('equality-plans'),
  esmRules: await import('equality-plans/rules'),
  cjs: require('equality-plans'),
  cjsRules: require('equality-plans/rules'),
  cjsTimescale: require('equality-plans/timescale'),
};
const zods = { esm: (await import('zod')).z, cjs: require('zod').z };
const result = { zod: require('zod/package.json').version, copies: {} };
for (const [name, lib] of Object.entries(copies)) {
  const ids = {};
  for (const [zodName, z] of Object.entries(zods)) ids[zodName] = Object.keys(z.toJSONSchema(lib.ActionSchema).$defs ?? {}).sort();
  result.copies[name] = { ids, date: lib.IsoDateSchema.safeParse('2024-02-30').success };
}
result.sameEsm = copies.esm.ActionSchema === copies.esmRules.ActionSchema;
result.sameCjs = copies.cjs.ActionSchema === copies.cjsRules.ActionSchema && copies.cjs.TimescaleSchema === copies.cjsTimescale.TimescaleSchema;
result.esmIsNotCjs = copies.esm.ActionSchema !== copies.cjs.ActionSchema;
console.log(JSON.stringify(result));
`;

const packedPackage = usePacked();

interface Result {
  zod: string;
  copies: Record<string, { ids: Record<string, string[]>; date: boolean }>;
  sameEsm: boolean;
  sameCjs: boolean;
  esmIsNotCjs: boolean;
}

describe('ESM and CJS builds loaded in one process', () => {
  it('both load, validate, and keep their schema ids in either copy of zod', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: packedPackage().dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Result;
    console.log(`zod ${result.zod}`);
    // Really two copies of the package (the check can fail), one per format: the entries of a format share their modules.
    expect(result.esmIsNotCjs).toBe(true);
    expect(result.sameEsm).toBe(true);
    expect(result.sameCjs).toBe(true);
    for (const [name, copy] of Object.entries(result.copies)) {
      expect(copy.date, `${name}: 2024-02-30 is not a date`).toBe(false);
      // Either zod sees the ids of either copy's schemas (before zod 4.1.13, CJS zod saw none of the ESM copy's).
      expect(copy.ids.esm, name).toContain('IsoDate');
      expect(copy.ids.cjs, name).toEqual(copy.ids.esm);
    }
  });
});

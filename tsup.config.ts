import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { z } from 'zod';
import {
  ActionPlanSchema,
  ActionSchema,
  DiagnosticSchema,
  EqualityDocumentSchema,
  FrameworkSchema,
  PeerReviewSchema,
  ProgressRulesSchema,
  RecommendationSchema,
  ReviewSchema,
  StrategySchema,
  TimescaleSchema,
} from './src/model/index.js';
import { ReportItemSchema } from './src/report/reportModel.js';

/**
 * The package's entries: `dist/<name>.js` (ESM), `dist/<name>.cjs` and their
 * type declarations. To add an entry, add a line here and its `exports` in
 * package.json.
 */
const library: Record<string, string> = {
  index: 'src/index.ts',
  rules: 'src/entries/rules.ts',
  timescale: 'src/entries/timescale.ts',
  frameworks: 'src/entries/frameworks.ts',
  office: 'src/entries/office.ts',
  pdf: 'src/entries/pdf.ts',
  docx: 'src/entries/docx.ts',
  xlsx: 'src/entries/xlsx.ts',
};

/** Top-level schemas shipped as JSON Schema in `equality-plans/schema/<name>.json`. */
const JSON_SCHEMAS: Record<string, z.ZodType> = {
  'timescale': TimescaleSchema,
  'action': ActionSchema,
  'recommendation': RecommendationSchema,
  'review': ReviewSchema,
  'action-plan': ActionPlanSchema,
  'strategy': StrategySchema,
  'peer-review': PeerReviewSchema,
  'progress-rules': ProgressRulesSchema,
  'framework': FrameworkSchema,
  'equality-document': EqualityDocumentSchema,
  'diagnostic': DiagnosticSchema,
  'report-item': ReportItemSchema,
};

/** The JSON Schema documents generated from the zod schemas, by file name. */
export function jsonSchemaFiles(): Record<string, Record<string, unknown>> {
  const files: Record<string, Record<string, unknown>> = {};
  for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
    // `input` makes fields with defaults optional: the schema validates what a user writes.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    files[name] = { ...json, $id: `https://unpkg.com/equality-plans/schema/${name}.json`, title: name };
  }
  return files;
}

/** Writes the JSON Schema files, so users outside TypeScript can validate too. */
function writeJsonSchemas(): void {
  mkdirSync('schema', { recursive: true });
  const files = jsonSchemaFiles();
  for (const [name, json] of Object.entries(files)) writeFileSync(`schema/${name}.json`, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`JSON Schema: wrote ${Object.keys(files).length} files to schema/`);
}

/**
 * Every source module's output name (no extension): the entries by their
 * names (`rules`, `cli`), every other module by its path under src/
 * (`rules/rag`). One output file per module, so a bundler shakes the
 * published package module by module, as it does the sources
 * (`"sideEffects": false`), and the entries and the command share one copy.
 */
function moduleNames(entries: Record<string, string>): Record<string, string> {
  const names: Record<string, string> = {};
  const byFile = new Map(Object.entries(entries).map(([name, file]) => [resolve(file), name]));
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    const path = `src/${file.replaceAll('\\', '/')}`;
    if (!path.endsWith('.ts') || path.endsWith('.d.ts')) continue;
    const name = byFile.get(resolve(path)) ?? path.slice('src/'.length, -'.ts'.length);
    if (names[name] !== undefined) throw new Error(`tsup.config.ts: ${path} and ${names[name]} would both be dist/${name}`);
    names[name] = path;
  }
  for (const [name, file] of Object.entries(entries)) if (names[name] !== file) throw new Error(`tsup.config.ts: entry ${name} (${file}) is not a module under src/`);
  return names;
}

/**
 * Keeps every import of another module an import (of its output file, with
 * the extension of the format being built) and every package external; JSON
 * files are inlined into the module that imports them.
 */
function perModule(names: Record<string, string>): Plugin {
  const outOf = new Map(Object.entries(names).map(([name, file]) => [resolve(file), name]));
  return {
    name: 'per-module',
    setup(build) {
      const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
      // esbuild's filters are Go regular expressions, which have no `u` flag.
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!args.path.startsWith('.')) return { path: args.path, external: true };
        if (args.path.endsWith('.json')) return undefined;
        const target = resolve(dirname(args.importer), args.path.replace(/\.js$/u, '.ts'));
        const from = outOf.get(args.importer);
        const to = outOf.get(target);
        if (from === undefined || to === undefined) return { errors: [{ text: `per-module: ${args.path} from ${args.importer} is not a built module` }] };
        const path = relative(dirname(from), to).replaceAll('\\', '/');
        return { path: `${path.startsWith('.') ? '' : './'}${path}${extension}`, external: true };
      });
    },
  };
}

// Every module, the command's too: `dist/cli.js` imports `dist/index.js`
// (package.json's `files` leaves out the command's CJS build).
const modules = moduleNames({ ...library, cli: 'src/cli/index.ts' });

export default defineConfig({
  entry: modules,
  format: ['esm', 'cjs'],
  esbuildPlugins: [perModule(modules)],
  dts: { entry: library },
  target: 'node20',
  platform: 'neutral',
  // The per-module output is readable as it is; maps would point at src/, which is not shipped.
  sourcemap: false,
  clean: true,
  splitting: false,
  treeshake: false,
  onSuccess: async () => writeJsonSchemas(),
});

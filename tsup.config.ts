import { mkdirSync, writeFileSync } from 'node:fs';
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

const library = {
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

export default defineConfig({
  entry: { ...library, cli: 'src/cli/index.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: library },
  target: 'node20',
  platform: 'neutral',
  sourcemap: true,
  clean: true,
  splitting: false,
  treeshake: true,
  onSuccess: async () => writeJsonSchemas(),
});

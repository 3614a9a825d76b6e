/**
 * Writes a JSON Schema file for every top-level zod schema into `schema/`,
 * so that users outside TypeScript can validate documents too. Run by
 * `npm run build`; the folder is shipped in the package.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
} from '../src/model/index.js';

const schemas: Record<string, z.ZodType> = {
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
};

mkdirSync('schema', { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  // `input` makes fields with defaults optional: the schema validates what a user writes.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  writeFileSync(`schema/${name}.json`, `${JSON.stringify({ ...json, $id: `https://unpkg.com/equality-plans/schema/${name}.json`, title: name }, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schema files to schema/`);

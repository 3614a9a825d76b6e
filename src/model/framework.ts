import { z } from 'zod';
import { PrioritySchema, ThemeSchema } from './plan.js';
import { ProgressRulesSchema } from './progress-rules.js';

/**
 * One entry of a column vocabulary: the header texts that name a field of
 * the model. Header matching forgives case, spacing, punctuation and
 * look-alike letters.
 *
 * @example
 * ```ts
 * ColumnMappingSchema.parse({ field: 'leads', headers: ['By Whom', 'Lead officer'] }).field //=> 'leads'
 * ```
 * @category Frameworks
 */
export const ColumnMappingSchema = z
  .object({
    field: z.string().min(1),
    headers: z.array(z.string()).min(1),
  })
  .meta({ id: 'ColumnMapping' });

/**
 * A column mapping; see {@link ColumnMappingSchema}.
 *
 * @example
 * ```ts
 * const m: ColumnMapping = { field: 'timescale', headers: ['By When', 'Target date'] };
 * ```
 * @category Frameworks
 */
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/**
 * A council's own equality framework: its themes, cross-cutting priorities,
 * levels (e.g. Developing / Achieving / Excellent), column vocabulary and
 * progress rules. Data only: passed to the parsers and rules like a locale.
 *
 * @example
 * ```ts
 * FrameworkSchema.parse({ id: 'eflg', name: 'Equality Framework for Local Government' }).themes //=> []
 * ```
 * @category Frameworks
 */
export const FrameworkSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    owner: z.string().optional(),
    description: z.string().optional(),
    themes: z.array(ThemeSchema).default([]),
    priorities: z.array(PrioritySchema).default([]),
    principles: z.array(PrioritySchema).default([]),
    levels: z
      .array(z.object({ id: z.string().min(1), label: z.string(), description: z.string().optional() }))
      .default([]),
    characteristics: z.array(z.string()).default([]),
    vocabulary: z.array(ColumnMappingSchema).default([]),
    rules: ProgressRulesSchema.optional(),
  })
  .meta({ id: 'Framework' });

/**
 * A framework; see {@link FrameworkSchema}.
 *
 * @example
 * ```ts
 * const f: Framework = FrameworkSchema.parse({ id: 'mine', name: 'Our framework' });
 * ```
 * @category Frameworks
 */
export type Framework = z.infer<typeof FrameworkSchema>;

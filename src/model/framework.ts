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
 * Another word for one or more of a framework's themes: `{ term: 'gender',
 * themeIds: ['sex'] }` maps a pre-2010 "strand" onto the protected
 * characteristic of the Equality Act 2010.
 *
 * @example
 * ```ts
 * SynonymSchema.parse({ term: 'faith', themeIds: ['religion-belief'] }).themeIds //=> ['religion-belief']
 * ```
 * @category Frameworks
 */
export const SynonymSchema = z
  .object({
    term: z.string().min(1),
    themeIds: z.array(z.string().min(1)).min(1),
    note: z.string().optional(),
  })
  .meta({ id: 'FrameworkSynonym' });

/**
 * A synonym; see {@link SynonymSchema}.
 *
 * @example
 * ```ts
 * const s: Synonym = { term: 'gender', themeIds: ['sex'] };
 * ```
 * @category Frameworks
 */
export type Synonym = z.infer<typeof SynonymSchema>;

/**
 * One level of a framework ("Developing", "Achieving", "Excellent"): its
 * id, its label, other spellings a document may use for it, and the score
 * a framework gives it (the NHS's EDS 2022 scores each
 * outcome 0 to 3). Ratings are read with these words only.
 *
 * @example
 * ```ts
 * LevelSchema.parse({ id: 'achieving', label: 'Achieving', score: 2 }).aliases //=> []
 * ```
 * @category Frameworks
 */
export const LevelSchema = z
  .object({
    id: z.string().min(1),
    label: z.string(),
    aliases: z.array(z.string().min(1)).default([]),
    score: z.number().optional(),
    description: z.string().optional(),
  })
  .meta({ id: 'FrameworkLevel' });

/**
 * A framework level; see {@link LevelSchema}.
 *
 * @example
 * ```ts
 * const l: Level = { id: 'excellent', label: 'Excellent', aliases: [] };
 * ```
 * @category Frameworks
 */
export type Level = z.infer<typeof LevelSchema>;

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
    /** Other names documents use for it ("FRS Equality Framework", "EDS 2022"), for reading ratings. */
    aliases: z.array(z.string().min(1)).default([]),
    owner: z.string().optional(),
    description: z.string().optional(),
    /** Where the framework is published. */
    url: z.string().optional(),
    themes: z.array(ThemeSchema).default([]),
    priorities: z.array(PrioritySchema).default([]),
    principles: z.array(PrioritySchema).default([]),
    levels: z.array(LevelSchema).default([]),
    characteristics: z.array(z.string()).default([]),
    /** Characteristics reported only when asked (socio-economic status, care experience). */
    extras: z.array(z.string()).default([]),
    /**
     * Other words for the framework's themes: a theme column that writes the
     * term is read as those themes (the "six strands" onto the Act's
     * characteristics: `gender` → `sex`), and `coverage` tags with them.
     */
    synonyms: z.array(SynonymSchema).default([]),
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

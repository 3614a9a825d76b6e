import { z } from 'zod';
import type { Diagnostic } from '../model/diagnostic.js';
import type { MeasureOptions, ProgressRulesInput, TrackedItem } from '../rules/types.js';
import type { ProgressRules } from '../model/progress-rules.js';
import type { Framework } from '../model/framework.js';

/**
 * An item a roll-up can group: a {@link TrackedItem} with the fields the
 * built-in groupings read (an {@link Action} fits; a {@link Recommendation}
 * fits with `themeIds`). `planId` is not in the model: set it when merging
 * the actions of several plans (`{ ...action, planId: 'rspe-2008' }`).
 *
 * @example
 * ```ts
 * const item: RollUpItem = { id: '1', themeIds: ['partnership'], leads: ['John Hall'] };
 * ```
 * @category Roll-ups
 */
export interface RollUpItem extends TrackedItem {
  /** Themes (objectives) the item belongs to. */
  themeIds?: readonly string[] | undefined;
  /** Cross-cutting priorities it serves. */
  priorityIds?: readonly string[] | undefined;
  /** Lead officers or members. */
  leads?: readonly string[] | undefined;
  /** A recommendation's owners: grouped `by: 'lead'` when the item has no `leads`. */
  owners?: readonly string[] | undefined;
  /** Recommendations it answers. */
  recommendationIds?: readonly string[] | undefined;
  /** Protected characteristics it concerns. */
  characteristics?: readonly string[] | undefined;
  /** The plan it came from. */
  planId?: string | undefined;
}

/**
 * What to group by: a built-in grouping (`theme`, `priority`, `lead`,
 * `plan`, `recommendation`, `characteristic`) or a function giving an item's
 * key or keys. An item with several keys (two themes) counts in each; an
 * item with none goes to the group keyed `''`, labelled "(none)".
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @example
 * ```ts
 * const byYear: RollUpKey = (item) => item.timescale?.end?.slice(0, 4);
 * ```
 * @category Roll-ups
 */
export type RollUpKey<T extends RollUpItem = RollUpItem> =
  | 'theme'
  | 'priority'
  | 'lead'
  | 'plan'
  | 'recommendation'
  | 'characteristic'
  | ((item: T) => string | readonly string[] | null | undefined);

/**
 * How a group's overall status is chosen from its members' statuses
 * (cancelled, deferred and superseded members never count):
 * `worst-of` (the highest rank), `majority` (the most frequent; a tie goes
 * to the worse), or `weighted-score`: the mean of the members' scale
 * `score`s, given the status of the first threshold it is at or below.
 *
 * @example
 * ```ts
 * RollUpPolicySchema.parse('worst-of') //=> 'worst-of'
 * ```
 * @category Roll-ups
 */
export const RollUpPolicySchema = z
  .union([
    z.literal('worst-of'),
    z.literal('majority'),
    z.strictObject({
      kind: z.literal('weighted-score'),
      thresholds: z.array(z.strictObject({ upTo: z.number(), status: z.string().min(1) })).min(1),
    }),
  ])
  .meta({ id: 'RollUpPolicy' });

/**
 * A roll-up policy; see {@link RollUpPolicySchema}.
 *
 * @example
 * ```ts
 * const p: RollUpPolicy = { kind: 'weighted-score', thresholds: [{ upTo: 25, status: 'green' }, { upTo: 60, status: 'amber' }, { upTo: 100, status: 'red' }] };
 * ```
 * @category Roll-ups
 */
export type RollUpPolicy = z.infer<typeof RollUpPolicySchema>;

/**
 * Options of {@link rollUp}.
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @example
 * ```ts
 * const o: RollUpOptions = { by: ['theme', 'priority'], asOf: '2009-03-31', policy: 'majority' };
 * ```
 * @category Roll-ups
 */
export interface RollUpOptions<T extends RollUpItem = RollUpItem> extends MeasureOptions {
  /** Grouping, or several for nested groups (outermost first). */
  by: RollUpKey<T> | readonly RollUpKey<T>[];
  /** Progress rules; default the framework's rules, else {@link DEFAULT_PROGRESS_RULES}. */
  rules?: ProgressRules | ProgressRulesInput | undefined;
  /** A council's framework: its rules when `rules` is not given, and its themes', priorities' and principles' titles as labels when `labels` is not given. */
  framework?: Framework | undefined;
  /** Overall-status policy; default `worst-of`. */
  policy?: RollUpPolicy | undefined;
  /** Labels for keys (a map, or a function of key and level); default the key, "(none)" for `''`. */
  labels?: Readonly<Record<string, string>> | ((key: string, level: number) => string) | undefined;
  /** Weight of an item for the weighted percent complete; default the length in days of its current period (1 when unknown). */
  weight?: ((item: T) => number) | undefined;
}

/**
 * One group of a roll-up. `counts` has every status of the scale (zeros
 * included) and sums to `total`; `excluded` counts the cancelled, deferred
 * and superseded members, which take no part in `status`, `worst`,
 * `percentComplete` or slippage. `overdue` and `noDeadline` list the members
 * themselves (not copies).
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @example
 * ```ts
 * const g: RollUpGroup = rollUp(actions, { by: 'lead', asOf: '2008-10-01' }).groups[0]!;
 * g.total //=> 2
 * ```
 * @category Roll-ups
 */
export interface RollUpGroup<T extends RollUpItem = RollUpItem> {
  /** The key (`''` for items with none). */
  key: string;
  /** Its label. */
  label: string;
  /** Number of items in the group. */
  total: number;
  /** Items per status id. */
  counts: Record<string, number>;
  /** Items left out of progress (cancelled, deferred, superseded). */
  excluded: number;
  /** Overall status by the policy; `null` when no member counts. */
  status: string | null;
  /** Worst member status; `null` when no member counts. */
  worst: string | null;
  /** Mean percent complete, and weighted by `weight`; `null` when none is known. */
  percentComplete: {
    /** Plain mean over members that report one. */
    mean: number | null;
    /** Mean weighted by `weight`. */
    weighted: number | null;
  };
  /** Sum of days late over late members. */
  totalSlippage: number;
  /** Greatest slippage of a member with a due date (negative when all have days to spare). */
  maxSlippage: number | null;
  /** Members past their due date and not complete. */
  overdue: T[];
  /** Members with no due date (not complete). */
  noDeadline: T[];
  /** Nested groups, when `by` has more than one level. */
  children?: RollUpGroup<T>[];
}

/**
 * What {@link rollUp} returns: the groups, one group of everything (the
 * strategy level), and diagnostics: empty, unless the rules or policy were
 * invalid (then there are no groups) or some items had fields the rules
 * cannot read (`invalid-item`; those items are in no group).
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @example
 * ```ts
 * const r: RollUpResult = rollUp(actions, { by: 'theme', asOf: '2009-03-31' });
 * r.all.total //=> 16
 * ```
 * @category Roll-ups
 */
export interface RollUpResult<T extends RollUpItem = RollUpItem> {
  /** The groups, in order of first appearance; `''` last. */
  groups: RollUpGroup<T>[];
  /** Every item in one group. */
  all: RollUpGroup<T>;
  /** Problems with the options. */
  diagnostics: Diagnostic[];
}

import type { Framework } from '../model/framework.js';
import { FRAMEWORK_IDS, type BuiltInFrameworkId } from './ids.js';
import { FrameworkSchema } from '../model/framework.js';
import eds from './eds-2022.json';
import eflg from './eflg-2021.json';
import equalityAct from './equality-act-2010.json';
import equalityStandard from './equality-standard-2007.json';
import frsef from './frsef-2017.json';

const DATA: Readonly<Record<BuiltInFrameworkId, unknown>> = { 'eflg-2021': eflg, 'equality-standard-2007': equalityStandard, 'eds-2022': eds, 'frsef-2017': frsef, 'equality-act-2010': equalityAct };

/**
 * Returns a framework shipped with the library, by id, validated: the LGA's
 * Equality Framework for Local Government (`eflg-2021`), the Equality
 * Standard for Local Government (`equality-standard-2007`), the NHS Equality
 * Delivery System (`eds-2022`), the LGA's framework for fire and rescue
 * services (`frsef-2017`) or the Equality Act 2010's protected
 * characteristics (`equality-act-2010`). Each names its source in `url`.
 * Councils with their own framework pass it to {@link loadFramework} instead.
 *
 * @param id - One of {@link FRAMEWORK_IDS}.
 * @returns The framework, or `undefined` for an unknown id.
 * @example
 * ```ts
 * getFramework('eflg-2021')?.levels.map((l) => l.label) //=> ['Developing', 'Achieving', 'Excellent']
 * getFramework('eds-2022')?.levels.map((l) => l.score) //=> [0, 1, 2, 3]
 * ```
 * @category Frameworks
 */
export function getFramework(id: BuiltInFrameworkId): Framework;
export function getFramework(id: string): Framework | undefined;
export function getFramework(id: string): Framework | undefined {
  return Object.hasOwn(DATA, id) ? FrameworkSchema.parse(DATA[id as BuiltInFrameworkId]) : undefined;
}

export { FRAMEWORK_IDS, type BuiltInFrameworkId };

let shipped: readonly Framework[] | undefined;

/**
 * All the frameworks shipped with the library, validated once: the level
 * words and names {@link readRatings} reads by default.
 *
 * @returns The shipped frameworks, in the order of {@link FRAMEWORK_IDS}.
 * @example
 * ```ts
 * shippedFrameworks().map((f) => f.id)[0] //=> 'eflg-2021'
 * ```
 * @category Frameworks
 */
export function shippedFrameworks(): readonly Framework[] {
  shipped ??= Object.freeze(FRAMEWORK_IDS.map((id) => getFramework(id)));
  return shipped;
}

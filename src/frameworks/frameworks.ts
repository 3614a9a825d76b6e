import type { Framework } from '../model/framework.js';
import { FrameworkSchema } from '../model/framework.js';
import eflg from './eflg-2021.json';
import equalityStandard from './equality-standard-2007.json';

/**
 * Returns a framework shipped with the library, by id, validated: the LGA's
 * Equality Framework for Local Government (`eflg-2021`) or the Equality
 * Standard for Local Government (`equality-standard-2007`). Councils with
 * their own framework pass it to {@link loadFramework} instead.
 *
 * @param id - `eflg-2021` or `equality-standard-2007`.
 * @returns The framework, or `undefined` for an unknown id.
 * @example
 * ```ts
 * getFramework('eflg-2021')?.levels.map((l) => l.label) //=> ['Developing', 'Achieving', 'Excellent']
 * ```
 * @category Frameworks
 */
export function getFramework(id: BuiltInFrameworkId): Framework;
export function getFramework(id: string): Framework | undefined;
export function getFramework(id: string): Framework | undefined {
  if (id === 'eflg-2021') return FrameworkSchema.parse(eflg);
  if (id === 'equality-standard-2007') return FrameworkSchema.parse(equalityStandard);
  return undefined;
}

/**
 * Ids of the frameworks shipped with the library.
 *
 * @example
 * ```ts
 * const id: BuiltInFrameworkId = 'eflg-2021';
 * ```
 * @category Frameworks
 */
export type BuiltInFrameworkId = 'eflg-2021' | 'equality-standard-2007';

/**
 * The ids of the frameworks shipped with the library.
 *
 * @example
 * ```ts
 * FRAMEWORK_IDS //=> ['eflg-2021', 'equality-standard-2007']
 * ```
 * @category Frameworks
 */
export const FRAMEWORK_IDS: readonly BuiltInFrameworkId[] = /* @__PURE__ */ Object.freeze(['eflg-2021', 'equality-standard-2007']);

// The shipped frameworks' ids, apart from their data (the command's help names them without loading any).

/**
 * Ids of the frameworks shipped with the library.
 *
 * @example
 * ```ts
 * const id: BuiltInFrameworkId = 'eds-2022';
 * ```
 * @category Frameworks
 */
export type BuiltInFrameworkId = 'eflg-2021' | 'equality-standard-2007' | 'eds-2022' | 'frsef-2017' | 'equality-act-2010';

/**
 * The ids of the frameworks shipped with the library.
 *
 * @example
 * ```ts
 * FRAMEWORK_IDS.includes('frsef-2017') //=> true
 * ```
 * @category Frameworks
 */
export const FRAMEWORK_IDS: readonly BuiltInFrameworkId[] = /* @__PURE__ */ Object.freeze(['eflg-2021', 'equality-standard-2007', 'eds-2022', 'frsef-2017', 'equality-act-2010']);

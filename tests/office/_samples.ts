/** The five samples, and a document with its places (lines and columns of its source) left out. */
export const SAMPLES = [
  '000-wmra-review-recommendations.md',
  '001-rspe-action-plan-2008-10.tsv',
  '002-wmca-race-equalities-strategy.md',
  '003-wmca-equity-inclusion-objective-3.txt',
  '004-bromsgrove-peer-review-action-plan.tsv',
] as const;

/** `value` without `source`, `line` and `column` fields, which say where in a file, not what. */
export function withoutPlaces(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaces);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'source' && k !== 'line' && k !== 'column').map(([k, v]) => [k, withoutPlaces(v)]));
}

export { coverage } from './coverage.js';
export type { CharacteristicCoverage, CharacteristicTag, CoverageOptions, CoverageReport, CoveredItem } from './coverage.js';
export { CHARACTERISTIC_LABELS, CHARACTERISTIC_VOCABULARY, EXTRA_CHARACTERISTICS, SIX_STRANDS } from './vocabulary.js';
export type { CharacteristicId, CharacteristicTerm } from './vocabulary.js';

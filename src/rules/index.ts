export { BANK_HOLIDAY_REGIONS, bankHolidays, easterSunday, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays.js';
export type { BankHolidayRegion } from './bank-holidays.js';
export {
  COUNCIL_SLIPPAGE_RULES,
  DEFAULT_PROGRESS_RULES,
  DELIVERY_CONFIDENCE_RULES,
  DELIVERY_CONFIDENCE_THREE_POINT,
  DELIVERY_CONFIDENCE_THREE_POINT_RULES,
  PROGRESS_RULES_PRESETS,
  RECOMMENDATION_TRACKER_RULES,
  REPORTED_RAG_RULES,
} from './presets.js';
export { slippage } from './slippage.js';
export type { SlippageOptions, SlippageResult } from './slippage.js';
export { ragStatus } from './ragStatus.js';
export { statusAt } from './statusAt.js';
export type { StatusAtOptions } from './statusAt.js';
export { statusTrend } from './statusTrend.js';
export type { StatusTrendOptions, StatusTrendPoint } from './statusTrend.js';
export { explainChange } from './explainChange.js';
export type { ExplainChangeOptions, FigureChange, StatusChange } from './explainChange.js';
export { normaliseStatus, DEFAULT_STATUS_VOCABULARY } from './normaliseStatus.js';
export type { NormaliseStatusOptions } from './normaliseStatus.js';
export { indicatorStatus, IndicatorRuleSchema, DEFAULT_INDICATOR_RULE } from './indicatorStatus.js';
export type { IndicatorRule, IndicatorStatusOptions, IndicatorStatusResult } from './indicatorStatus.js';
export { validateProgressRules } from './validateProgressRules.js';
export type { MeasureOptions, ProgressRulesInput, RagResult, RagStatusOptions, RuleFigures, TrackedItem } from './types.js';

export { diffPlans } from './diffPlans.js';
export type { ActionMatch, DiffPlansOptions, PlanDiff, PlanVersion, Reassigned, Redated, ReportedState, Reworded, ActionStatusChange } from './diffPlans.js';

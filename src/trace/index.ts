export { traceRecommendations } from './traceRecommendations.js';
export type { RecommendationTrace, TraceLink, TraceOptions, TraceResult } from './traceRecommendations.js';

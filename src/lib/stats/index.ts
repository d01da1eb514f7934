/**
 * Klantstem statistics: pure functions shared by server and browser (no I/O).
 *
 * Scales: all percentages, NPS values, differences and QA scores are on 0–100 (NPS −100…+100);
 * CSAT and CES means stay on their 1–5 / 1–7 answer scales. All intervals are 95%.
 *
 * Server code that aggregates in SQL must call the `…FromCounts` / `…FromAggregates` /
 * `meanFromMoments` variants with integer counts and sums; the array variants reduce to exactly
 * those aggregates first, so both paths give identical numbers.
 */
export * from './constants';
export * from './types';
export * from './proportion';
export * from './mean';
export * from './survey-metrics';
export * from './nps';
export * from './change';
export * from './shrinkage';
export * from './ranking';
export * from './qa-score';

/**
 * Fixed product definitions shared by the pure functions and by server SQL.
 *
 * Server queries that aggregate in the database must use these thresholds (not their own
 * literals) so that a SQL count fed into e.g. `npsFromCounts` means the same thing as the
 * array-based `nps`.
 */

/**
 * Two-sided 95% normal quantile. Fixed to the product's published value (6 decimals) rather than
 * computed, so that every screen, export and SQL check reproduces the same digits.
 */
export const Z_95 = 1.959964;

/** Agents with fewer answers than this are flagged `tooFewAnswers` and are never ranked. */
export const MIN_ANSWERS = 30;

/** CSAT: 1–5, where 4 and 5 count as satisfied. */
export const CSAT_SCALE = { min: 1, max: 5, satisfiedMin: 4 } as const;

/** NPS: 0–10; 9–10 promoters, 7–8 passives, 0–6 detractors. */
export const NPS_SCALE = { min: 0, max: 10, promoterMin: 9, detractorMax: 6 } as const;

/** CES: 1–7 where higher is easier; 5–7 counts as easy. */
export const CES_SCALE = { min: 1, max: 7, easyMin: 5 } as const;

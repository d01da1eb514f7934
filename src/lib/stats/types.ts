/**
 * Shared result shapes.
 *
 * Scale convention (applies to the whole module): every proportion-like number that leaves this
 * module — CSAT %, FCR %, CES % easy, NPS, shrunk agent estimates, differences between periods,
 * QA scores — is on a 0–100 scale (NPS on −100…+100, differences in percentage points / NPS
 * points). Means of raw answer scales (CSAT mean 1–5, CES mean 1–7) stay on their own scale.
 * Internally the maths is done on fractions and multiplied by 100 only at the boundary.
 */

/** A closed confidence interval, always 95% in this module. */
export type Interval = { low: number; high: number };

/** `value` and `interval` are null when `n` is 0: there is nothing to estimate. */
export type Proportion = {
	k: number;
	n: number;
	/** 100·k/n */
	value: number | null;
	/** Wilson score interval, 0–100 */
	interval: Interval | null;
};

export type MeanEstimate = {
	n: number;
	value: number | null;
	/** Sample standard deviation (n − 1 denominator); null when n < 2. */
	sd: number | null;
	/** t interval on the mean; null when n < 2. */
	interval: Interval | null;
};

/** Unanswered questions arrive as null (database) or undefined (optional fields). */
export type Answer<T> = T | null | undefined;

/**
 * CSAT, CES and customer-reported FCR.
 *
 * Each metric has an aggregate-based function (`…FromCounts` / `…FromAggregates`) that server SQL
 * can call with `count`/`sum` results, and an array-based function that first reduces the
 * answers to the same aggregates and then calls it. That is what guarantees "SQL result == pure
 * function": there is only one formula per metric.
 *
 * Unanswered questions (null/undefined) are left out of numerator and denominator.
 */
import { CES_SCALE, CSAT_SCALE } from './constants';
import { meanFromMoments } from './mean';
import { proportion } from './proportion';
import type { Answer, Interval, MeanEstimate, Proportion } from './types';
import { assertCount, assertScaleAnswer } from './validate';

const CSAT_BOUNDS: Interval = { low: CSAT_SCALE.min, high: CSAT_SCALE.max };
const CES_BOUNDS: Interval = { low: CES_SCALE.min, high: CES_SCALE.max };

/** Aggregates of scale answers: count, count above the "good" threshold, Σx and Σx². */
export type ScaleAggregates = { n: number; good: number; sum: number; sumOfSquares: number };

export type CsatPercent = {
	n: number;
	satisfied: number;
	/** CSAT % (0–100) */
	value: number | null;
	interval: Interval | null;
};

export type CsatResult = CsatPercent & { mean: MeanEstimate };

/** CES mean (1–7) with its t interval, plus the share of easy (5–7) answers in %. */
export type CesResult = MeanEstimate & { easy: Proportion };

export type FcrResult = {
	n: number;
	yes: number;
	no: number;
	/** FCR % (0–100) */
	value: number | null;
	interval: Interval | null;
};

/** Reduces scale answers to aggregates, rejecting values outside the scale. */
export function scaleAggregates(
	scores: readonly Answer<number>[],
	scale: { min: number; max: number },
	goodMin: number
): ScaleAggregates {
	let n = 0;
	let good = 0;
	let sum = 0;
	let sumOfSquares = 0;
	for (const score of scores) {
		if (score === null || score === undefined) continue;
		assertScaleAnswer('score', score, scale.min, scale.max);
		n += 1;
		if (score >= goodMin) good += 1;
		sum += score;
		sumOfSquares += score * score;
	}
	return { n, good, sum, sumOfSquares };
}

/** CSAT % from SQL counts: satisfied = count of 4–5, n = count of all 1–5 answers. */
export function csatFromCounts(satisfied: number, n: number): CsatPercent {
	const p = proportion(satisfied, n);
	return { n, satisfied, value: p.value, interval: p.interval };
}

/** CSAT % and CSAT mean (interval clipped to 1–5) from SQL aggregates. */
export function csatFromAggregates(aggregates: ScaleAggregates): CsatResult {
	const { n, good, sum, sumOfSquares } = aggregates;
	return {
		...csatFromCounts(good, n),
		mean: meanFromMoments(n, sum, sumOfSquares, CSAT_BOUNDS)
	};
}

/** CSAT from raw 1–5 answers. */
export function csat(scores: readonly Answer<number>[]): CsatResult {
	return csatFromAggregates(scaleAggregates(scores, CSAT_SCALE, CSAT_SCALE.satisfiedMin));
}

/** CES mean (interval clipped to 1–7) and % easy from SQL aggregates; `good` = count of 5–7. */
export function cesFromAggregates(aggregates: ScaleAggregates): CesResult {
	const { n, good, sum, sumOfSquares } = aggregates;
	return { ...meanFromMoments(n, sum, sumOfSquares, CES_BOUNDS), easy: proportion(good, n) };
}

/** CES from raw 1–7 answers. */
export function ces(scores: readonly Answer<number>[]): CesResult {
	return cesFromAggregates(scaleAggregates(scores, CES_SCALE, CES_SCALE.easyMin));
}

/** Customer-reported FCR % = yes ÷ (yes + no). */
export function fcrFromCounts(yes: number, no: number): FcrResult {
	assertCount('yes', yes);
	assertCount('no', no);
	const p = proportion(yes, yes + no);
	return { n: yes + no, yes, no, value: p.value, interval: p.interval };
}

/** FCR from raw yes/no answers (null/undefined = unanswered). */
export function fcr(answers: readonly Answer<boolean>[]): FcrResult {
	let yes = 0;
	let no = 0;
	for (const answer of answers) {
		if (answer === true) yes += 1;
		else if (answer === false) no += 1;
	}
	return fcrFromCounts(yes, no);
}

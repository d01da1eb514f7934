import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Answer, Interval, MeanEstimate } from './types';
import { assertCount, assertFinite, clamp } from './validate';

/**
 * Mean, sample sd and 95% t interval from the three sums SQL can produce cheaply:
 * `count(x)`, `sum(x)`, `sum(x * x)`. The array-based `mean` goes through this function too, so a
 * server aggregate and the pure function give bit-identical results for integer answers.
 *
 * `bounds` (e.g. 1–5 for CSAT) clips the interval to values the mean can actually take; with
 * small n the t interval easily reaches past the scale, which would be confusing to display.
 */
export function meanFromMoments(
	n: number,
	sum: number,
	sumOfSquares: number,
	bounds?: Interval
): MeanEstimate {
	assertCount('n', n);
	assertFinite('sum', sum);
	assertFinite('sumOfSquares', sumOfSquares);
	if (n === 0) return { n, value: null, sd: null, interval: null };
	const value = sum / n;
	if (n < 2) return { n, value, sd: null, interval: null };
	// n·Σx² − (Σx)² is exact in doubles for integer answers (below 2^53), which avoids the usual
	// cancellation of Σx² − (Σx)²/n and gives exactly 0 when all answers are equal. The max()
	// guards against tiny negatives for non-integer input.
	const variance = Math.max(0, n * sumOfSquares - sum * sum) / (n * (n - 1));
	const sd = Math.sqrt(variance);
	const halfWidth = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
	let low = value - halfWidth;
	let high = value + halfWidth;
	if (bounds) {
		low = clamp(low, bounds.low, bounds.high);
		high = clamp(high, bounds.low, bounds.high);
	}
	return { n, value, sd, interval: { low, high } };
}

/** Sums of the answered values, in the shape `meanFromMoments` takes. */
export function moments(values: readonly Answer<number>[]): {
	n: number;
	sum: number;
	sumOfSquares: number;
} {
	let n = 0;
	let sum = 0;
	let sumOfSquares = 0;
	for (const value of values) {
		if (value === null || value === undefined) continue;
		assertFinite('value', value);
		n += 1;
		sum += value;
		sumOfSquares += value * value;
	}
	return { n, sum, sumOfSquares };
}

/** Mean of the answered values (null/undefined skipped) with sd and t interval. */
export function mean(values: readonly Answer<number>[], bounds?: Interval): MeanEstimate {
	const m = moments(values);
	return meanFromMoments(m.n, m.sum, m.sumOfSquares, bounds);
}

/**
 * Change between two periods (or two independent groups).
 *
 * Argument order is always (current, previous) and the difference is current − previous, so a
 * positive value means the metric went up.
 */
import { Z_95 } from './constants';
import { npsAdjustedWald, type NpsCounts } from './nps';
import { wilsonFraction } from './proportion';
import type { Interval } from './types';
import { assertCount, clamp } from './validate';

export type Counts = { k: number; n: number };

export type Difference = {
	/** current − previous in percentage points (proportions) or NPS points */
	value: number | null;
	/** 95% interval of the difference; null when either period has no answers */
	interval: Interval | null;
};

export type ChangeDirection = 'up' | 'down' | 'no measurable change';

/**
 * Difference of two independent proportions with Newcombe's hybrid score interval (method 10 in
 * Newcombe 1998, Stat Med 17:873–890). It combines the two Wilson intervals, so it inherits their
 * good behaviour at 0% / 100% and small n where the simple Wald difference interval fails.
 */
export function proportionDifference(current: Counts, previous: Counts): Difference {
	const a = wilsonFraction(current.k, current.n);
	const b = wilsonFraction(previous.k, previous.n);
	if (!a || !b) return { value: null, interval: null };
	const p1 = current.k / current.n;
	const p2 = previous.k / previous.n;
	const d = p1 - p2;
	const low = d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2);
	const high = d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2);
	// Like Wilson, the limits stay within ±1 in exact arithmetic; clamp away rounding only.
	return {
		value: 100 * d,
		interval: { low: 100 * clamp(low, -1, 1), high: 100 * clamp(high, -1, 1) }
	};
}

/**
 * Difference of two NPS values. The point estimate is the difference of the plain NPS values
 * (what the user sees on the two period cards); the interval is centred on the difference of
 * the adjusted-Wald estimates with their variances added (independent samples), and clipped to
 * the possible range −200…+200.
 */
export function npsDifference(current: NpsCounts, previous: NpsCounts): Difference {
	const nCurrent = countAll(current);
	const nPrevious = countAll(previous);
	if (nCurrent === 0 || nPrevious === 0) return { value: null, interval: null };
	const value =
		(100 * (current.promoters - current.detractors)) / nCurrent -
		(100 * (previous.promoters - previous.detractors)) / nPrevious;
	const a = npsAdjustedWald(current);
	const b = npsAdjustedWald(previous);
	const centre = a.estimate - b.estimate;
	const margin = Z_95 * Math.sqrt(a.variance + b.variance);
	return {
		value,
		interval: { low: clamp(centre - margin, -200, 200), high: clamp(centre + margin, -200, 200) }
	};
}

function countAll(counts: NpsCounts): number {
	assertCount('promoters', counts.promoters);
	assertCount('passives', counts.passives);
	assertCount('detractors', counts.detractors);
	return counts.promoters + counts.passives + counts.detractors;
}

/**
 * 'up' / 'down' only when the whole 95% interval lies on one side of 0. An interval touching 0,
 * or no interval at all (no data in a period), is 'no measurable change' — we never call a
 * change we cannot measure.
 */
export function classifyChange(interval: Interval | null): ChangeDirection {
	if (!interval) return 'no measurable change';
	if (interval.low > 0) return 'up';
	if (interval.high < 0) return 'down';
	return 'no measurable change';
}

import { Z_95 } from './constants';
import type { Interval, Proportion } from './types';
import { assertCount, clamp } from './validate';

/**
 * Wilson score interval on the fraction scale (0–1). Kept separate from the 0–100 `wilson` so
 * Newcombe's difference interval can be built from the exact fractions.
 */
export function wilsonFraction(k: number, n: number): Interval | null {
	assertCount('k', k);
	assertCount('n', n);
	if (k > n) throw new RangeError(`k (${k}) must not exceed n (${n})`);
	if (n === 0) return null;
	const p = k / n;
	const z2 = Z_95 * Z_95;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const halfWidth = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
	// In exact arithmetic the limits are 0 at k = 0 and 1 at k = n, and inside [0, 1] otherwise.
	// Doubles leave noise like 2e-17 or −1e-17 (shown as "−0.0 %", or a non-zero lower limit
	// for 0 of 1000), so the exact cases are set explicitly and the rest clamped.
	return {
		low: k === 0 ? 0 : clamp(centre - halfWidth, 0, 1),
		high: k === n ? 1 : clamp(centre + halfWidth, 0, 1)
	};
}

/** Wilson score 95% interval for k of n on the 0–100 scale; null when n = 0. */
export function wilson(k: number, n: number): Interval | null {
	const interval = wilsonFraction(k, n);
	return interval && { low: 100 * interval.low, high: 100 * interval.high };
}

/** k of n as a percentage with its Wilson interval. */
export function proportion(k: number, n: number): Proportion {
	const interval = wilson(k, n);
	return { k, n, value: n === 0 ? null : (100 * k) / n, interval };
}

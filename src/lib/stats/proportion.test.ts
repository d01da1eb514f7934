import { describe, expect, it } from 'vitest';
import { Z_95 } from './constants';
import { proportion, wilson, wilsonFraction } from './proportion';

describe('wilson', () => {
	// Published: Newcombe (1998) "Two-sided confidence intervals for the single proportion",
	// Stat Med 17:857–872, Wilson score method (4 decimals on the fraction scale → 2 on 0–100).
	it.each([
		{ k: 81, n: 263, low: 25.53, high: 36.62 },
		{ k: 15, n: 148, low: 6.24, high: 16.05 },
		{ k: 0, n: 20, low: 0, high: 16.11 },
		{ k: 1, n: 29, low: 0.61, high: 17.18 }
	])('matches Newcombe 1998 for $k/$n', ({ k, n, low, high }) => {
		const interval = wilson(k, n);
		expect(interval?.low).toBeCloseTo(low, 2);
		expect(interval?.high).toBeCloseTo(high, 2);
	});

	// By hand (z² = 1.959964² = 3.841459):
	// 5/10: p = 0.5, 1 + z²/n = 1.3841459, centre = (0.5 + 0.1920729)/1.3841459 = 0.5,
	//   half = z·√(0.025 + 3.841459/400)/1.3841459 = 1.959964·0.1860204/1.3841459 = 0.2634069
	//   → (23.65931, 76.34069)
	// 10/10: p = 1, centre = 1.1920729/1.3841459 = 0.8612336, half = z·√(z²/400)/1.3841459
	//   = 0.1920729/1.3841459 = 0.1387664 (so the upper limit is exactly 1) → (72.24672, 100)
	// 3/4: p = 0.75, 1 + z²/4 = 1.9603647, centre = (0.75 + 0.4801824)/1.9603647 = 0.6275273,
	//   half = z·√(0.046875 + 0.0600228)/1.9603647 = 1.959964·0.3269523/1.9603647 = 0.3268854
	//   → (30.06418, 95.44127)
	it.each([
		{ k: 5, n: 10, low: 23.659309, high: 76.340691 },
		{ k: 10, n: 10, low: 72.24672, high: 100 },
		{ k: 3, n: 4, low: 30.064184, high: 95.441274 }
	])('matches hand calculation for $k/$n', ({ k, n, low, high }) => {
		const interval = wilson(k, n);
		expect(interval?.low).toBeCloseTo(low, 4);
		expect(interval?.high).toBeCloseTo(high, 4);
	});

	it('is symmetric: k/n mirrors (n − k)/n', () => {
		const a = wilson(7, 23);
		const b = wilson(16, 23);
		expect(a?.low).toBeCloseTo(100 - (b?.high ?? NaN), 10);
		expect(a?.high).toBeCloseTo(100 - (b?.low ?? NaN), 10);
	});

	it('never leaves 0–100 at the extremes (no −0.0% from rounding)', () => {
		expect(wilson(0, 1)?.low).toBe(0);
		expect(wilson(1, 1)?.high).toBe(100);
		expect(wilson(0, 1000)?.low).toBe(0);
		expect(wilson(1000, 1000)?.high).toBe(100);
		for (let n = 1; n <= 2000; n += 1) {
			expect(wilson(0, n)?.low).toBe(0);
			expect(wilson(n, n)?.high).toBe(100);
		}
	});

	it('has no interval for n = 0', () => {
		expect(wilson(0, 0)).toBeNull();
		expect(wilsonFraction(0, 0)).toBeNull();
	});

	it('works on fractions in wilsonFraction', () => {
		expect(wilsonFraction(81, 263)?.low).toBeCloseTo(0.2553, 4);
	});

	it.each([
		{ k: 3, n: 2 },
		{ k: -1, n: 2 },
		{ k: 1.5, n: 2 },
		{ k: 1, n: Number.NaN },
		// A Postgres COUNT arrives as a string unless converted; that must not pass silently.
		{ k: '1' as unknown as number, n: 2 }
	])('rejects invalid counts k=$k n=$n', ({ k, n }) => {
		expect(() => wilson(k, n)).toThrow(RangeError);
	});

	it('uses the product z', () => {
		expect(Z_95).toBe(1.959964);
	});
});

describe('proportion', () => {
	it.each([
		{ k: 3, n: 4, value: 75 },
		{ k: 0, n: 7, value: 0 },
		{ k: 7, n: 7, value: 100 },
		{ k: 1, n: 3, value: 33.333333 }
	])('$k of $n is $value %', ({ k, n, value }) => {
		const result = proportion(k, n);
		expect(result.k).toBe(k);
		expect(result.n).toBe(n);
		expect(result.value).toBeCloseTo(value, 5);
		expect(result.interval).toEqual(wilson(k, n));
	});

	it('has no value and no interval when nobody answered', () => {
		expect(proportion(0, 0)).toEqual({ k: 0, n: 0, value: null, interval: null });
	});
});

import { describe, expect, it } from 'vitest';
import { mean, meanFromMoments, moments } from './mean';

describe('meanFromMoments', () => {
	// t quantiles (0.975): df 1 = 12.706205, df 4 = 2.776445, df 9 = 2.262157 (standard tables).
	it.each([
		// 1,2,3,4,5: n = 5, Σx = 15, Σx² = 55 → mean 3, var = (5·55 − 15²)/(5·4) = 2.5,
		// sd = 1.5811388, half = 2.776445·1.5811388/√5 = 1.9632432 → (1.0367568, 4.9632432)
		{ n: 5, sum: 15, ss: 55, value: 3, sd: 1.5811388, low: 1.0367568, high: 4.9632432 },
		// 3,4,4,5,5,5,2,4,5,3: Σx = 40, Σx² = 170 → mean 4, var = (1700 − 1600)/90 = 1.1111111,
		// sd = 1.0540926, half = 2.262157·1.0540926/√10 = 0.7540524 → (3.2459476, 4.7540524)
		{ n: 10, sum: 40, ss: 170, value: 4, sd: 1.0540926, low: 3.2459476, high: 4.7540524 },
		// 1,5: mean 3, var = (2·26 − 36)/2 = 8, sd = 2.8284271, half = 12.706205·2.8284271/√2
		// = 25.412409 → (−22.412409, 28.412409) when not clipped
		{ n: 2, sum: 6, ss: 26, value: 3, sd: 2.8284271, low: -22.412409, high: 28.412409 }
	])('n=$n Σ=$sum Σ²=$ss', ({ n, sum, ss, value, sd, low, high }) => {
		const result = meanFromMoments(n, sum, ss);
		expect(result.n).toBe(n);
		expect(result.value).toBeCloseTo(value, 6);
		expect(result.sd).toBeCloseTo(sd, 6);
		expect(result.interval?.low).toBeCloseTo(low, 5);
		expect(result.interval?.high).toBeCloseTo(high, 5);
	});

	it('clips the interval to the given bounds', () => {
		expect(meanFromMoments(2, 6, 26, { low: 1, high: 5 }).interval).toEqual({ low: 1, high: 5 });
		// Bounds that do not bind leave the interval alone.
		const free = meanFromMoments(5, 15, 55, { low: 1, high: 5 });
		expect(free.interval?.low).toBeCloseTo(1.0367568, 6);
		expect(free.interval?.high).toBeCloseTo(4.9632432, 6);
	});

	it.each([
		{ n: 0, sum: 0, ss: 0, expected: { n: 0, value: null, sd: null, interval: null } },
		{ n: 1, sum: 4, ss: 16, expected: { n: 1, value: 4, sd: null, interval: null } }
	])('has no interval for n = $n', ({ n, sum, ss, expected }) => {
		expect(meanFromMoments(n, sum, ss)).toEqual(expected);
	});

	it('gives a zero-width interval (not NaN) when all answers are equal', () => {
		expect(meanFromMoments(4, 12, 36)).toEqual({
			n: 4,
			value: 3,
			sd: 0,
			interval: { low: 3, high: 3 }
		});
	});

	it.each([
		{ n: -1, sum: 0, ss: 0 },
		{ n: 2.5, sum: 0, ss: 0 },
		{ n: 2, sum: Number.NaN, ss: 0 },
		{ n: 2, sum: 1, ss: Number.POSITIVE_INFINITY }
	])('rejects invalid input n=$n sum=$sum ss=$ss', ({ n, sum, ss }) => {
		expect(() => meanFromMoments(n, sum, ss)).toThrow(RangeError);
	});
});

describe('mean', () => {
	it('skips unanswered values', () => {
		expect(moments([1, null, 2, undefined, 3, 4, 5])).toEqual({ n: 5, sum: 15, sumOfSquares: 55 });
		expect(mean([1, null, 2, undefined, 3, 4, 5])).toEqual(meanFromMoments(5, 15, 55));
	});

	it('equals the aggregate path exactly (what SQL sums would give)', () => {
		const values = [3, 4, 4, 5, 5, 5, 2, 4, 5, 3];
		expect(mean(values, { low: 1, high: 5 })).toStrictEqual(
			meanFromMoments(10, 40, 170, { low: 1, high: 5 })
		);
	});

	it('is empty for no answers', () => {
		expect(mean([null, undefined])).toEqual({ n: 0, value: null, sd: null, interval: null });
	});
});

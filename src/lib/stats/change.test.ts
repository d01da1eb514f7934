import { describe, expect, it } from 'vitest';
import { classifyChange, npsDifference, proportionDifference } from './change';

describe('proportionDifference (Newcombe hybrid score)', () => {
	// Published: Newcombe (1998) "Interval estimation for the difference between independent
	// proportions", Stat Med 17:873–890, method 10 (4 decimals on the fraction scale).
	it.each([
		{ a: [56, 70], b: [48, 80], value: 20, low: 5.24, high: 33.39 },
		{ a: [9, 10], b: [3, 10], value: 60, low: 17.05, high: 80.9 },
		{ a: [5, 56], b: [0, 29], value: 8.93, low: -3.81, high: 19.26 },
		{ a: [0, 10], b: [0, 20], value: 0, low: -16.11, high: 27.75 },
		{ a: [0, 10], b: [0, 10], value: 0, low: -27.75, high: 27.75 },
		{ a: [10, 10], b: [0, 20], value: 100, low: 67.91, high: 100 },
		{ a: [10, 10], b: [0, 10], value: 100, low: 60.75, high: 100 }
	])('$a vs $b → $value ($low, $high)', ({ a, b, value, low, high }) => {
		const result = proportionDifference({ k: a[0], n: a[1] }, { k: b[0], n: b[1] });
		expect(result.value).toBeCloseTo(value, 2);
		expect(result.interval?.low).toBeCloseTo(low, 2);
		expect(result.interval?.high).toBeCloseTo(high, 2);
	});

	it('builds on the two Wilson intervals (hand check for 9/10 − 3/10)', () => {
		// Wilson 9/10 = (0.5958500, 0.9821238), 3/10 = (0.1077913, 0.6032219); d = 0.6
		// low = 0.6 − √((0.9 − 0.5958500)² + (0.6032219 − 0.3)²) = 0.6 − √(0.0925073 + 0.0919435)
		//     = 0.6 − 0.4294773 = 0.1705227
		// high = 0.6 + √((0.9821238 − 0.9)² + (0.3 − 0.1077913)²) = 0.6 + √(0.0067443 + 0.0369442)
		//      = 0.6 + 0.2090180 = 0.8090180
		const result = proportionDifference({ k: 9, n: 10 }, { k: 3, n: 10 });
		expect(result.interval?.low).toBeCloseTo(17.05227, 4);
		expect(result.interval?.high).toBeCloseTo(80.9018, 4);
	});

	it('is current − previous: swapping the arguments mirrors the result', () => {
		const forward = proportionDifference({ k: 56, n: 70 }, { k: 48, n: 80 });
		const backward = proportionDifference({ k: 48, n: 80 }, { k: 56, n: 70 });
		expect(backward.value).toBeCloseTo(-20, 10);
		expect(backward.interval?.low).toBeCloseTo(-(forward.interval?.high ?? NaN), 10);
		expect(backward.interval?.high).toBeCloseTo(-(forward.interval?.low ?? NaN), 10);
	});

	it.each([
		{ a: [0, 0], b: [3, 10] },
		{ a: [3, 10], b: [0, 0] }
	])('has no difference when a period has no answers ($a vs $b)', ({ a, b }) => {
		expect(proportionDifference({ k: a[0], n: a[1] }, { k: b[0], n: b[1] })).toEqual({
			value: null,
			interval: null
		});
	});
});

describe('npsDifference', () => {
	it.each([
		// 1/0/0 vs 0/0/1: plain 100 − (−100) = 200. Adjusted: 0.25 − (−0.25) = 0.5, variances
		// 0.140625 each → margin = z·√0.28125 = 1.959964·0.5303301 = 1.0394279 → (−53.94279, 153.94279)
		{ current: [1, 0, 0], previous: [0, 0, 1], value: 200, low: -53.94279, high: 153.94279 },
		// 50/30/20 vs 40/30/30: plain 30 − 10 = 20. NPS′ 29.126214 − 9.708738 = 19.417476,
		// var 59.159333 + 66.480466 (points²) → margin = z·11.208916 = 21.969072
		// → (−2.55160, 41.38655)
		{ current: [50, 30, 20], previous: [40, 30, 30], value: 20, low: -2.5516, high: 41.38655 },
		// 59/0/0 vs 0/0/5: NPS′ 95.161290 − (−62.5) = 157.661290, var 11.328925 + 527.34375
		// → margin 45.489438 → upper 203.15073 clipped to 200
		{ current: [59, 0, 0], previous: [0, 0, 5], value: 200, low: 112.17185, high: 200 }
	])('$current vs $previous → $value', ({ current, previous, value, low, high }) => {
		const [cp, cx, cd] = current;
		const [pp, px, pd] = previous;
		const result = npsDifference(
			{ promoters: cp, passives: cx, detractors: cd },
			{ promoters: pp, passives: px, detractors: pd }
		);
		expect(result.value).toBeCloseTo(value, 6);
		expect(result.interval?.low).toBeCloseTo(low, 4);
		expect(result.interval?.high).toBeCloseTo(high, 4);
	});

	it('has no difference when a period has no answers', () => {
		const some = { promoters: 3, passives: 1, detractors: 2 };
		const none = { promoters: 0, passives: 0, detractors: 0 };
		expect(npsDifference(some, none)).toEqual({ value: null, interval: null });
		expect(npsDifference(none, some)).toEqual({ value: null, interval: null });
	});
});

describe('classifyChange', () => {
	it.each([
		{ interval: { low: 1, high: 2 }, expected: 'up' },
		{ interval: { low: 0.0001, high: 2 }, expected: 'up' },
		{ interval: { low: -2, high: -1 }, expected: 'down' },
		{ interval: { low: -1, high: 1 }, expected: 'no measurable change' },
		{ interval: { low: 0, high: 1 }, expected: 'no measurable change' },
		{ interval: { low: -1, high: 0 }, expected: 'no measurable change' },
		{ interval: null, expected: 'no measurable change' }
	])('$interval → $expected', ({ interval, expected }) => {
		expect(classifyChange(interval)).toBe(expected);
	});

	it('classifies real differences', () => {
		expect(classifyChange(proportionDifference({ k: 56, n: 70 }, { k: 48, n: 80 }).interval)).toBe(
			'up'
		);
		expect(classifyChange(proportionDifference({ k: 48, n: 80 }, { k: 56, n: 70 }).interval)).toBe(
			'down'
		);
		const npsChange = npsDifference(
			{ promoters: 50, passives: 30, detractors: 20 },
			{ promoters: 40, passives: 30, detractors: 30 }
		);
		expect(classifyChange(npsChange.interval)).toBe('no measurable change');
	});
});

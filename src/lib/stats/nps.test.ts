import { describe, expect, it } from 'vitest';
import { nps, npsAdjustedWald, npsCategory, npsCounts, npsFromCounts } from './nps';

describe('npsCategory', () => {
	it.each([
		{ score: 0, category: 'detractor' },
		{ score: 6, category: 'detractor' },
		{ score: 7, category: 'passive' },
		{ score: 8, category: 'passive' },
		{ score: 9, category: 'promoter' },
		{ score: 10, category: 'promoter' }
	])('$score is a $category', ({ score, category }) => {
		expect(npsCategory(score)).toBe(category);
	});

	it.each([-1, 11, 8.5, Number.NaN])('rejects %d', (score) => {
		expect(() => npsCategory(score)).toThrow(RangeError);
	});
});

describe('npsFromCounts', () => {
	it.each([
		// 50/30/20: NPS = 100·(50 − 20)/100 = 30. n′ = 103, p = 50.75/103 = 0.4927184,
		// d = 20.75/103 = 0.2014563, NPS′ = 0.2912621, var = (0.6941748 − 0.0848336)/103
		// = 0.0059159, margin = z·0.0769151 = 0.1507508 → (14.05113, 44.20130)
		{ counts: [50, 30, 20], value: 30, low: 14.05113, high: 44.2013 },
		// 1/0/0: NPS = 100. n′ = 4, p = 1.75/4 = 0.4375, d = 0.75/4 = 0.1875, NPS′ = 0.25,
		// var = (0.625 − 0.0625)/4 = 0.140625, margin = z·0.375 = 0.7349865 → (−48.49865, 98.49865)
		{ counts: [1, 0, 0], value: 100, low: -48.49865, high: 98.49865 },
		// 3/1/2: NPS = 100·1/6 = 16.66667; n′ = 9, p = 3.75/9, d = 2.75/9, NPS′ = 1/9,
		// var = (6.5/9 − 1/81)/9 = 0.0788752, margin = z·0.2808472 = 0.5504505 → (−43.93394, 66.15616)
		{ counts: [3, 1, 2], value: 16.666667, low: -43.93394, high: 66.15616 },
		// All promoters, 10/0/0: n′ = 13, NPS′ = 10/13 = 0.7692308, var = (11.5/13 − 0.5917160)/13
		// = 0.0225307, margin = 0.2941952 → (47.50355, 106.34260) → high clipped to 100
		{ counts: [10, 0, 0], value: 100, low: 47.50355, high: 100 },
		// All detractors mirrors it: (−106.34260 → −100, −47.50355)
		{ counts: [0, 0, 10], value: -100, low: -100, high: -47.50355 },
		// Only passives: NPS 0, symmetric interval. n′ = 8, p = d = 0.09375, var = 0.1875/8
		// = 0.0234375, margin = z·0.1530931 = 0.3000570 → (−30.00570, 30.00570)
		{ counts: [0, 5, 0], value: 0, low: -30.0057, high: 30.0057 }
	])('$counts → NPS $value ($low, $high)', ({ counts, value, low, high }) => {
		const [promoters, passives, detractors] = counts;
		const result = npsFromCounts(promoters, passives, detractors);
		expect(result.n).toBe(promoters + passives + detractors);
		expect(result.value).toBeCloseTo(value, 5);
		expect(result.interval?.low).toBeCloseTo(low, 4);
		expect(result.interval?.high).toBeCloseTo(high, 4);
	});

	it('reports promoter and detractor shares in %', () => {
		const result = npsFromCounts(50, 30, 20);
		expect(result.promoterPercent).toBe(50);
		expect(result.detractorPercent).toBe(20);
		expect(result).toMatchObject({ promoters: 50, passives: 30, detractors: 20 });
	});

	it('is empty for n = 0', () => {
		expect(npsFromCounts(0, 0, 0)).toEqual({
			promoters: 0,
			passives: 0,
			detractors: 0,
			n: 0,
			value: null,
			interval: null,
			promoterPercent: null,
			detractorPercent: null
		});
	});

	it('rejects invalid counts', () => {
		expect(() => npsFromCounts(1, -1, 0)).toThrow(RangeError);
		expect(() => npsFromCounts(1.5, 0, 0)).toThrow(RangeError);
	});
});

describe('npsAdjustedWald', () => {
	it('returns the adjusted estimate and variance in NPS points', () => {
		// 1/0/0: NPS′ = 0.25 → 25; var 0.140625 → 1406.25 points²
		const result = npsAdjustedWald({ promoters: 1, passives: 0, detractors: 0 });
		expect(result.estimate).toBeCloseTo(25, 10);
		expect(result.variance).toBeCloseTo(1406.25, 8);
	});
});

describe('nps', () => {
	it('counts categories and skips unanswered scores', () => {
		const scores = [10, 9, 8, 7, 6, 0, null, undefined, 9];
		expect(npsCounts(scores)).toEqual({ promoters: 3, passives: 2, detractors: 2 });
		// 100·(3 − 2)/7 = 14.285714
		expect(nps(scores).value).toBeCloseTo(14.285714, 5);
		expect(nps(scores)).toStrictEqual(npsFromCounts(3, 2, 2));
	});

	it('is empty when nobody answered', () => {
		expect(nps([null, undefined]).value).toBeNull();
	});

	it('rejects out-of-scale scores', () => {
		expect(() => nps([11])).toThrow(RangeError);
	});
});

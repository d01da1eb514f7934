import { describe, expect, it } from 'vitest';
import { meanFromMoments } from './mean';
import { proportion, wilson } from './proportion';
import {
	ces,
	cesFromAggregates,
	csat,
	csatFromAggregates,
	csatFromCounts,
	fcr,
	fcrFromCounts,
	scaleAggregates
} from './survey-metrics';

describe('csat', () => {
	it.each([
		// 5,4,3,1,2,4 answered (null/undefined skipped): 4–5 → 3 of 6 = 50 %;
		// mean = 19/6 = 3.1666667
		{ scores: [5, 4, 3, null, 1, undefined, 2, 4], n: 6, satisfied: 3, value: 50, mean: 3.1666667 },
		{ scores: [5, 5, 5, 5], n: 4, satisfied: 4, value: 100, mean: 5 },
		{ scores: [1, 2, 3], n: 3, satisfied: 0, value: 0, mean: 2 },
		// 3 is neutral, not satisfied: 1 of 2
		{ scores: [3, 4], n: 2, satisfied: 1, value: 50, mean: 3.5 }
	])('$scores → $value %', ({ scores, n, satisfied, value, mean }) => {
		const result = csat(scores);
		expect(result.n).toBe(n);
		expect(result.satisfied).toBe(satisfied);
		expect(result.value).toBeCloseTo(value, 6);
		expect(result.interval).toEqual(wilson(satisfied, n));
		expect(result.mean.n).toBe(n);
		expect(result.mean.value).toBeCloseTo(mean, 6);
	});

	it('gives the CSAT mean with a t interval clipped to 1–5', () => {
		// 5,4,3,1,2,4: mean 3.1666667, sd = 1.4719601, t(0.975, 5) = 2.5705818,
		// half = 2.5705818·1.4719601/√6 = 1.5447274 → (1.6219392, 4.7113941)
		const { mean } = csat([5, 4, 3, 1, 2, 4]);
		expect(mean.sd).toBeCloseTo(1.4719601, 6);
		expect(mean.interval?.low).toBeCloseTo(1.6219392, 6);
		expect(mean.interval?.high).toBeCloseTo(4.7113941, 6);
		// 1,5: unclipped (−22.4, 28.4) → clipped to the scale
		expect(csat([1, 5]).mean.interval).toEqual({ low: 1, high: 5 });
	});

	it('is empty when nobody answered', () => {
		expect(csat([null, undefined])).toEqual({
			n: 0,
			satisfied: 0,
			value: null,
			interval: null,
			mean: { n: 0, value: null, sd: null, interval: null }
		});
		expect(csat([])).toEqual(csat([null]));
	});

	it('equals the SQL aggregate path exactly', () => {
		const scores = [5, 4, 3, null, 1, 2, 4, 5, 5, 3];
		// What SELECT count(score), count(*) FILTER (WHERE score >= 4), sum(score),
		// sum(score * score) returns for the same rows.
		const aggregates = { n: 9, good: 5, sum: 32, sumOfSquares: 130 };
		expect(scaleAggregates(scores, { min: 1, max: 5 }, 4)).toEqual(aggregates);
		expect(csat(scores)).toStrictEqual(csatFromAggregates(aggregates));
		expect(csatFromCounts(5, 9)).toEqual({ n: 9, satisfied: 5, ...valueAndInterval(5, 9) });
	});

	it.each([[[0]], [[6]], [[3.5]], [[Number.NaN]]])('rejects out-of-scale answer %j', (scores) => {
		expect(() => csat(scores)).toThrow(RangeError);
	});

	it('rejects impossible counts', () => {
		expect(() => csatFromCounts(5, 4)).toThrow(RangeError);
	});
});

describe('ces', () => {
	it.each([
		// 7,6,5,4,1: easy (5–7) 3 of 5 = 60 %; mean 23/5 = 4.6, sd = 2.3021729,
		// half = 2.776445·2.3021729/√5 = 2.8585252 → (1.7414748, 7.4585252) → high clipped to 7
		{
			scores: [7, 6, 5, 4, 1, null],
			n: 5,
			easy: 3,
			easyPct: 60,
			value: 4.6,
			low: 1.7414748,
			high: 7
		},
		// 5,5,7,7: mean 6, var = (4·148 − 24²)/12 = 4/3, sd = 1.1547005,
		// half = t(0.975, 3) 3.1824463·1.1547005/2 = 1.8373862 → (4.1626138, 7.8373862) → (…, 7)
		{ scores: [5, 5, 7, 7], n: 4, easy: 4, easyPct: 100, value: 6, low: 4.1626138, high: 7 }
	])('$scores → mean $value, $easyPct % easy', ({ scores, n, easy, easyPct, value, low, high }) => {
		const result = ces(scores);
		expect(result.n).toBe(n);
		expect(result.value).toBeCloseTo(value, 6);
		expect(result.interval?.low).toBeCloseTo(low, 6);
		expect(result.interval?.high).toBeCloseTo(high, 6);
		expect(result.easy).toEqual(proportion(easy, n));
		expect(result.easy.value).toBeCloseTo(easyPct, 6);
	});

	it('has no interval for one answer and nothing for none', () => {
		expect(ces([4])).toEqual({ ...meanFromMoments(1, 4, 16), easy: proportion(0, 1) });
		expect(ces([null]).value).toBeNull();
		expect(ces([null]).easy.value).toBeNull();
	});

	it('equals the SQL aggregate path exactly', () => {
		const scores = [7, 6, 5, 4, 1, null, 2, 7];
		const aggregates = { n: 7, good: 4, sum: 32, sumOfSquares: 180 };
		expect(ces(scores)).toStrictEqual(cesFromAggregates(aggregates));
	});

	it.each([[[0]], [[8]], [[5.5]]])('rejects out-of-scale answer %j', (scores) => {
		expect(() => ces(scores)).toThrow(RangeError);
	});
});

describe('fcr', () => {
	it.each([
		{ answers: [true, false, true, null, undefined, true], yes: 3, no: 1, value: 75 },
		{ answers: [true], yes: 1, no: 0, value: 100 },
		{ answers: [false, false], yes: 0, no: 2, value: 0 }
	])('$answers → $value %', ({ answers, yes, no, value }) => {
		const result = fcr(answers);
		expect(result).toEqual({ n: yes + no, yes, no, ...valueAndInterval(yes, yes + no) });
		expect(result.value).toBeCloseTo(value, 6);
		expect(result).toStrictEqual(fcrFromCounts(yes, no));
	});

	it('is empty when nobody answered', () => {
		expect(fcr([null, undefined])).toEqual({ n: 0, yes: 0, no: 0, value: null, interval: null });
	});

	it('rejects invalid counts', () => {
		expect(() => fcrFromCounts(-1, 3)).toThrow(RangeError);
	});
});

function valueAndInterval(k: number, n: number) {
	const { value, interval } = proportion(k, n);
	return { value, interval };
}

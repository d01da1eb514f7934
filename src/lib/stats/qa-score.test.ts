import { describe, expect, it } from 'vitest';
import {
	isCriticalFailure,
	qaReviewScore,
	qaScoreSummary,
	type QaCriterionScore
} from './qa-score';

const c = (
	weight: number,
	earned: number,
	possible: number,
	extra: Partial<QaCriterionScore> = {}
): QaCriterionScore => ({ weight, earned, possible, na: false, critical: false, ...extra });

describe('qaReviewScore', () => {
	it.each([
		{
			// (2·3 + 1·4)/(2·5 + 1·4) = 10/14 = 71.428571 %; the N/A criterion is left out
			name: 'weighted points, N/A left out',
			criteria: [c(2, 3, 5), c(1, 4, 4), c(3, 0, 2, { na: true })],
			value: 71.428571,
			criticalFailed: false
		},
		{
			// (1·2 + 3·1)/(1·4 + 3·1) = 5/7
			name: 'critical criterion passed',
			criteria: [c(1, 2, 4), c(3, 1, 1, { critical: true })],
			value: 71.428571,
			criticalFailed: false
		},
		{
			name: 'critical failed by earned < possible',
			criteria: [c(1, 4, 4), c(3, 0, 1, { critical: true })],
			value: 0,
			criticalFailed: true
		},
		{
			name: 'critical failed by explicit flag despite full points',
			criteria: [c(1, 4, 4), c(3, 1, 1, { critical: true, failed: true })],
			value: 0,
			criticalFailed: true
		},
		{
			// Explicit verdict wins: partial points on a critical item, not failed → (4 + 3·0.5)/7
			name: 'explicit failed: false allows partial points',
			criteria: [c(1, 4, 4), c(3, 0.5, 1, { critical: true, failed: false })],
			value: 78.571429,
			criticalFailed: false
		},
		{
			name: 'N/A critical criterion cannot fail',
			criteria: [c(1, 3, 4), c(3, 0, 1, { critical: true, na: true, failed: true })],
			value: 75,
			criticalFailed: false
		},
		{
			// "failed" only matters for critical criteria
			name: 'failed flag on a non-critical criterion is ignored',
			criteria: [c(1, 3, 4, { failed: true })],
			value: 75,
			criticalFailed: false
		},
		{
			name: 'weight 0 does not count',
			criteria: [c(0, 0, 10), c(1, 1, 2)],
			value: 50,
			criticalFailed: false
		}
	])('$name', ({ criteria, value, criticalFailed }) => {
		const result = qaReviewScore(criteria);
		expect(result.value).toBeCloseTo(value, 5);
		expect(result.criticalFailed).toBe(criticalFailed);
	});

	it('reports the weighted sums', () => {
		expect(qaReviewScore([c(2, 3, 5), c(1, 4, 4)])).toEqual({
			value: (100 * 10) / 14,
			criticalFailed: false,
			earned: 10,
			possible: 14
		});
	});

	it.each([
		{ name: 'no criteria', criteria: [] },
		{ name: 'all N/A', criteria: [c(1, 0, 4, { na: true })] },
		{ name: 'no possible points', criteria: [c(1, 0, 0), c(0, 2, 2)] }
	])('has no score with $name', ({ criteria }) => {
		expect(qaReviewScore(criteria).value).toBeNull();
	});

	it.each([
		{ name: 'earned > possible', criterion: c(1, 5, 4) },
		{ name: 'negative earned', criterion: c(1, -1, 4) },
		{ name: 'negative weight', criterion: c(-1, 1, 4) },
		{ name: 'NaN weight', criterion: c(Number.NaN, 1, 4) }
	])('rejects $name', ({ criterion }) => {
		expect(() => qaReviewScore([criterion])).toThrow(RangeError);
	});

	it('exposes the failure rule', () => {
		expect(isCriticalFailure(c(1, 0, 1, { critical: true }))).toBe(true);
		expect(isCriticalFailure(c(1, 1, 1, { critical: true }))).toBe(false);
		expect(isCriticalFailure(c(1, 0, 1))).toBe(false);
		expect(isCriticalFailure(c(1, 0, 1, { critical: true, na: true }))).toBe(false);
		expect(isCriticalFailure(c(1, 1, 1, { critical: true, failed: true }))).toBe(true);
	});
});

describe('qaScoreSummary', () => {
	it('gives mean and sample sd over reviews, skipping unscored ones', () => {
		// 80, 90, 100: mean 90, sd = √((100 + 0 + 100)/2) = 10, t(0.975, 2) = 4.302653,
		// half = 4.302653·10/√3 = 24.841377 → (65.158623, 114.84…) → high clipped to 100
		const result = qaScoreSummary([80, null, 90, 100]);
		expect(result.n).toBe(3);
		expect(result.value).toBeCloseTo(90, 10);
		expect(result.sd).toBeCloseTo(10, 10);
		expect(result.interval?.low).toBeCloseTo(65.158623, 5);
		expect(result.interval?.high).toBe(100);
	});

	it('has no spread for a single review', () => {
		expect(qaScoreSummary([70])).toEqual({ n: 1, value: 70, sd: null, interval: null });
	});
});

import { describe, expect, it } from 'vitest';
import { MIN_ANSWERS } from './constants';
import {
	fitBetaPrior,
	fitNpsPrior,
	MAX_PRIOR_STRENGTH,
	MIN_PRIOR_STRENGTH,
	shrinkNps,
	shrinkProportions
} from './shrinkage';

const agents = (rows: [string, number, number][]) => rows.map(([id, k, n]) => ({ id, k, n }));

describe('fitBetaPrior / shrinkProportions', () => {
	it('fits the prior by the method of moments (hand calculation)', () => {
		// Rates 10/20 = 0.5, 30/40 = 0.75, 5/20 = 0.25 → μ = 0.5, s² = (0 + 0.0625 + 0.0625)/2
		// = 0.0625, h = (1/20 + 1/40 + 1/20)/3 = 0.0416667, μ(1 − μ) = 0.25,
		// τ² = (0.0625 − 0.25·0.0416667)/(1 − 0.0416667) = 0.0520833/0.9583333 = 0.0543478,
		// α + β = 0.25/0.0543478 − 1 = 3.6, α = β = 1.8
		const result = shrinkProportions(
			agents([
				['a', 10, 20],
				['b', 30, 40],
				['c', 5, 20]
			])
		);
		expect(result.prior?.fit).toBe('moments');
		expect(result.prior?.mean).toBeCloseTo(50, 10);
		expect(result.prior?.strength).toBeCloseTo(3.6, 10);
		expect(result.prior?.alpha).toBeCloseTo(1.8, 10);
		expect(result.prior?.beta).toBeCloseTo(1.8, 10);
		// (10 + 1.8)/23.6 = 50 %, (30 + 1.8)/43.6 = 72.935780 %, (5 + 1.8)/23.6 = 28.813559 %
		const values = result.agents.map((agent) => agent.value);
		expect(values[0]).toBeCloseTo(50, 8);
		expect(values[1]).toBeCloseTo(72.93578, 5);
		expect(values[2]).toBeCloseTo(28.813559, 5);
		expect(result.agents.map((agent) => agent.raw)).toEqual([50, 75, 25]);
	});

	it.each([
		{
			name: 'identical rates → floored, strong pooling',
			rows: [
				['a', 10, 20],
				['b', 20, 40],
				['c', 15, 30]
			] as [string, number, number][],
			fit: 'between-variance-floored',
			strength: MAX_PRIOR_STRENGTH
		},
		{
			// Rates 0 and 1: τ² = (0.5 − 0.25·0.01)/0.99 = 0.5025253 > μ(1 − μ) → α + β < 0
			name: 'all-or-nothing agents → capped, weak pooling',
			rows: [
				['a', 0, 100],
				['b', 100, 100]
			] as [string, number, number][],
			fit: 'between-variance-capped',
			strength: MIN_PRIOR_STRENGTH
		},
		{
			// Rates 0.2 and 0.8: s² = 0.18, h = 0.01, τ² = (0.18 − 0.0025)/0.99 = 0.1792929,
			// α + β = 0.25/0.1792929 − 1 = 0.3943662 → below 1, capped
			name: 'weak but positive strength → capped',
			rows: [
				['a', 20, 100],
				['b', 80, 100]
			] as [string, number, number][],
			fit: 'between-variance-capped',
			strength: MIN_PRIOR_STRENGTH
		},
		{
			name: 'every agent at 0 % → floored',
			rows: [
				['a', 0, 10],
				['b', 0, 50]
			] as [string, number, number][],
			fit: 'between-variance-floored',
			strength: MAX_PRIOR_STRENGTH
		},
		{
			name: 'one answer each (noise cannot be separated) → floored',
			rows: [
				['a', 1, 1],
				['b', 0, 1]
			] as [string, number, number][],
			fit: 'between-variance-floored',
			strength: MAX_PRIOR_STRENGTH
		},
		{
			name: 'single agent → no shrinkage',
			rows: [
				['a', 3, 10],
				['b', 0, 0]
			] as [string, number, number][],
			fit: 'single-agent',
			strength: 0
		}
	])('guards degenerate cases: $name', ({ rows, fit, strength }) => {
		const prior = fitBetaPrior(agents(rows));
		expect(prior?.fit).toBe(fit);
		expect(prior?.strength).toBe(strength);
		expect((prior?.alpha ?? NaN) + (prior?.beta ?? NaN)).toBeCloseTo(strength, 10);
	});

	it('uses the capped prior as (k + 0.5)/(n + 1)', () => {
		const result = shrinkProportions(
			agents([
				['a', 0, 100],
				['b', 100, 100]
			])
		);
		// 0.5/101 = 0.4950495 %, 100.5/101 = 99.5049505 %
		expect(result.agents[0].value).toBeCloseTo(0.4950495, 6);
		expect(result.agents[1].value).toBeCloseTo(99.5049505, 6);
	});

	it('pools identical agents to the common rate', () => {
		const result = shrinkProportions(
			agents([
				['a', 10, 20],
				['b', 20, 40],
				['c', 15, 30]
			])
		);
		// μ = 0.5, α = β = 500: (10 + 500)/(20 + 1000) = 50 %
		for (const agent of result.agents) expect(agent.value).toBeCloseTo(50, 10);
	});

	it('keeps a single agent at its raw value and gives agents without answers the prior mean', () => {
		const result = shrinkProportions(
			agents([
				['a', 3, 10],
				['b', 0, 0]
			])
		);
		expect(result.agents[0]).toMatchObject({ raw: 30, tooFewAnswers: true });
		expect(result.agents[0].value).toBeCloseTo(30, 10);
		expect(result.agents[1]).toMatchObject({ raw: null, value: 30, tooFewAnswers: true });
	});

	it('keeps 0 % at 0 % when every agent is at 0 %', () => {
		const result = shrinkProportions(
			agents([
				['a', 0, 10],
				['b', 0, 50],
				['c', 0, 0]
			])
		);
		expect(result.agents.map((agent) => agent.value)).toEqual([0, 0, 0]);
	});

	it('returns no prior and no values when nobody has answers', () => {
		const result = shrinkProportions(
			agents([
				['a', 0, 0],
				['b', 0, 0]
			])
		);
		expect(result.prior).toBeNull();
		expect(result.agents.map((agent) => agent.value)).toEqual([null, null]);
		expect(shrinkProportions([])).toEqual({ prior: null, agents: [] });
	});

	it('lets a small perfect agent fall behind a large good one', () => {
		const result = shrinkProportions(
			agents([
				['small', 4, 4],
				['large', 180, 200],
				['x', 120, 200],
				['y', 150, 200]
			])
		);
		const [small, large] = result.agents;
		expect(small.raw).toBe(100);
		expect(small.value ?? Infinity).toBeLessThan(large.value ?? -Infinity);
	});

	it(`flags agents with fewer than ${MIN_ANSWERS} answers`, () => {
		expect(MIN_ANSWERS).toBe(30);
		const result = shrinkProportions(
			agents([
				['a', 10, 29],
				['b', 10, 30],
				['c', 0, 0]
			])
		);
		expect(result.agents.map((agent) => agent.tooFewAnswers)).toEqual([true, false, true]);
	});

	it('rejects impossible counts', () => {
		expect(() => fitBetaPrior([{ k: 5, n: 4 }])).toThrow(RangeError);
	});
});

const npsAgent = (id: string, promoters: number, passives: number, detractors: number) => ({
	id,
	promoters,
	passives,
	detractors
});

describe('fitNpsPrior / shrinkNps', () => {
	it('shrinks toward the scope NPS with weight n/(n + m) (hand calculation)', () => {
		// Scores +1/0/−1. A 6/2/2 (n 10, mean 0.4), B 2/4/4 (n 10, −0.2), C 10/5/5 (n 20, 0.25).
		// Scope mean = (4 − 2 + 5)/40 = 0.175 → NPS 17.5.
		// Within: A 8 − 16/10 = 6.4, B 6 − 4/10 = 5.6, C 15 − 25/20 = 13.75 → 25.75/37 = 0.6959459
		// Agent means 0.4, −0.2, 0.25 (average 0.15): variance (0.0625 + 0.1225 + 0.01)/2 = 0.0975
		// h = (0.1 + 0.1 + 0.05)/3 = 0.0833333 → τ² = 0.0975 − 0.6959459·0.0833333 = 0.0395045
		// m = 0.6959459/0.0395045 = 17.616876
		// A: w = 10/27.616876 = 0.3620974, 0.3620974·40 + 0.6379026·17.5 = 25.647192
		const result = shrinkNps([
			npsAgent('A', 6, 2, 2),
			npsAgent('B', 2, 4, 4),
			npsAgent('C', 10, 5, 5)
		]);
		expect(result.prior?.fit).toBe('moments');
		expect(result.prior?.mean).toBeCloseTo(17.5, 10);
		expect(result.prior?.strength).toBeCloseTo(17.616876, 5);
		const [a, b, c] = result.agents;
		expect(a).toMatchObject({ n: 10, raw: 40, tooFewAnswers: true });
		expect(a.weight).toBeCloseTo(0.3620974, 6);
		expect(a.value).toBeCloseTo(25.647192, 5);
		expect(b.value).toBeCloseTo(3.921346, 5);
		expect(c.weight).toBeCloseTo(0.5316763, 6);
		expect(c.value).toBeCloseTo(21.487572, 5);
	});

	it.each([
		{
			name: 'identical agents → floored',
			list: [npsAgent('A', 5, 0, 5), npsAgent('B', 5, 0, 5)],
			fit: 'between-variance-floored',
			strength: MAX_PRIOR_STRENGTH,
			values: [0, 0]
		},
		{
			// No within-agent noise: each agent's answers are all the same → nothing to shrink.
			name: 'no within-agent variance → m = 0',
			list: [npsAgent('A', 10, 0, 0), npsAgent('B', 0, 0, 10)],
			fit: 'moments',
			strength: 0,
			values: [100, -100]
		},
		{
			name: 'identical noiseless agents → m = 0, not floored',
			list: [npsAgent('A', 10, 0, 0), npsAgent('B', 40, 0, 0)],
			fit: 'moments',
			strength: 0,
			values: [100, 100]
		},
		{
			// One answer each: within falls back to the pooled variance (1 + 1 − 0)/2 = 1;
			// means 1, −1, 0 have variance 1, h = 1 → τ² = 0 → floored, m = 1000:
			// A = (1/1001)·100 + (1000/1001)·0 = 0.0999001
			name: 'one answer each → pooled within variance, floored',
			list: [npsAgent('A', 1, 0, 0), npsAgent('B', 0, 0, 1), npsAgent('C', 0, 1, 0)],
			fit: 'between-variance-floored',
			strength: MAX_PRIOR_STRENGTH,
			values: [0.0999001, -0.0999001, 0]
		},
		{
			name: 'single agent → raw value',
			list: [npsAgent('A', 3, 1, 2), npsAgent('B', 0, 0, 0)],
			fit: 'single-agent',
			strength: 0,
			// B has no answers and gets the scope NPS, 100·1/6
			values: [16.666667, 16.666667]
		}
	])('guards degenerate cases: $name', ({ list, fit, strength, values }) => {
		const result = shrinkNps(list);
		expect(result.prior?.fit).toBe(fit);
		expect(result.prior?.strength).toBe(strength);
		result.agents.forEach((agent, index) => expect(agent.value).toBeCloseTo(values[index], 5));
	});

	it('gives agents without answers the scope NPS with weight 0', () => {
		const result = shrinkNps([
			npsAgent('A', 6, 2, 2),
			npsAgent('B', 2, 4, 4),
			npsAgent('Z', 0, 0, 0)
		]);
		const z = result.agents[2];
		expect(z).toMatchObject({ n: 0, raw: null, weight: 0, tooFewAnswers: true });
		// (4 − 2)/20 = 0.1 → NPS 10
		expect(z.value).toBeCloseTo(10, 10);
	});

	it('returns no prior when nobody has answers', () => {
		expect(fitNpsPrior([npsAgent('A', 0, 0, 0)])).toBeNull();
		expect(shrinkNps([npsAgent('A', 0, 0, 0)]).agents[0].value).toBeNull();
	});

	it(`flags agents with fewer than ${MIN_ANSWERS} answers`, () => {
		const result = shrinkNps([npsAgent('A', 10, 10, 9), npsAgent('B', 10, 10, 10)]);
		expect(result.agents.map((agent) => agent.tooFewAnswers)).toEqual([true, false]);
	});

	it('rejects invalid counts', () => {
		expect(() => shrinkNps([npsAgent('A', -1, 0, 0)])).toThrow(RangeError);
	});
});

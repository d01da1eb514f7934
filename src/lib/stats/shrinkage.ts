/**
 * Empirical-Bayes estimates for comparing agents.
 *
 * Raw per-agent percentages are noisy: an agent with 4 of 4 satisfied customers is not better
 * than one with 180 of 200. We pull every agent toward the scope's average by an amount that
 * depends on how many answers they have and on how much agents really differ, both estimated
 * from the agents in scope (method of moments — cheap, closed form, no iteration, so the server
 * and the browser always agree).
 *
 * Guards (documented per function): too few agents, between-agent variance ≤ 0 (floored, i.e.
 * strong but finite pooling) and, for the beta prior, between-agent variance so large that the
 * beta would be improper (capped, i.e. weak pooling). The prior is never worth more than
 * MAX_PRIOR_STRENGTH answers, so agents with many answers keep speaking for themselves.
 */
import { MIN_ANSWERS } from './constants';
import type { NpsCounts } from './nps';
import { assertCount } from './validate';

/** Upper limit of the prior strength (pseudo-answers); see `fitBetaPrior` / `fitNpsPrior`. */
export const MAX_PRIOR_STRENGTH = 1000;
/** Lower limit of the beta prior strength α + β when agents differ "too much" (see below). */
export const MIN_PRIOR_STRENGTH = 1;

/**
 * - 'moments': the method-of-moments estimate was used as is.
 * - 'between-variance-floored': agents differ no more than chance predicts (or it cannot be
 *   told), so between-agent variance was floored and strength set to MAX_PRIOR_STRENGTH.
 * - 'between-variance-capped': agents differ so much that α + β would be < MIN_PRIOR_STRENGTH.
 * - 'single-agent': fewer than two agents with answers — nothing to compare, strength 0, so
 *   the agent's estimate equals its raw value.
 */
export type PriorFit =
	'moments' | 'between-variance-floored' | 'between-variance-capped' | 'single-agent';

export type BetaPrior = {
	/** Prior mean, 0–100 (unweighted mean of the agents' observed proportions) */
	mean: number;
	/** α + β, the prior's weight in answers */
	strength: number;
	alpha: number;
	beta: number;
	fit: PriorFit;
};

export type AgentCounts = { id: string; k: number; n: number };

export type ShrunkProportion = AgentCounts & {
	/** 100·k/n, null when n = 0 */
	raw: number | null;
	/** 100·(k + α)/(n + α + β); the prior mean for n = 0; null only if no agent has answers */
	value: number | null;
	tooFewAnswers: boolean;
};

export type NpsPrior = {
	/** The scope's NPS: all answers pooled, −100…+100 */
	mean: number;
	/** m = within-agent variance ÷ between-agent variance, in answers */
	strength: number;
	fit: PriorFit;
};

export type AgentNpsCounts = NpsCounts & { id: string };

export type ShrunkNps = AgentNpsCounts & {
	n: number;
	/** Plain NPS of the agent, null when n = 0 */
	raw: number | null;
	/** Shrunk NPS; the scope NPS for n = 0; null only if no agent has answers */
	value: number | null;
	/** n/(n + m): how much of the agent's own data is in `value` */
	weight: number | null;
	tooFewAnswers: boolean;
};

function average(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0) / values.length;
}

function sampleVariance(values: readonly number[], centre: number): number {
	return values.reduce((total, value) => total + (value - centre) ** 2, 0) / (values.length - 1);
}

function betaPrior(mean: number, strength: number, fit: PriorFit): BetaPrior {
	return { mean: 100 * mean, strength, alpha: mean * strength, beta: (1 - mean) * strength, fit };
}

/**
 * Beta prior for a proportion by the method of moments on the agents' observed proportions
 * pᵢ = kᵢ/nᵢ (agents with n = 0 carry no information and are skipped).
 *
 * μ = mean of pᵢ. The sample variance s² of the pᵢ contains binomial noise as well as real
 * differences: E[s²] = τ²(1 − h) + μ(1 − μ)h with h = mean of 1/nᵢ, so the between-agent
 * variance is τ² = (s² − μ(1 − μ)h)/(1 − h), and α + β = μ(1 − μ)/τ² − 1.
 * Fallbacks: one agent → 'single-agent'; μ at 0 or 1, h = 1 (every agent has one answer, so
 * real differences cannot be told from noise) or τ² at or below μ(1 − μ)/(MAX + 1) → floored,
 * α + β = MAX_PRIOR_STRENGTH; α + β < MIN_PRIOR_STRENGTH → capped to it. Null without data.
 */
export function fitBetaPrior(agents: readonly { k: number; n: number }[]): BetaPrior | null {
	for (const agent of agents) {
		assertCount('k', agent.k);
		assertCount('n', agent.n);
		if (agent.k > agent.n) throw new RangeError(`k (${agent.k}) must not exceed n (${agent.n})`);
	}
	const withData = agents.filter((agent) => agent.n > 0);
	if (withData.length === 0) return null;
	const rates = withData.map((agent) => agent.k / agent.n);
	const mu = average(rates);
	if (withData.length < 2) return betaPrior(mu, 0, 'single-agent');
	const spread = mu * (1 - mu);
	const h = average(withData.map((agent) => 1 / agent.n));
	if (spread === 0 || h >= 1) return betaPrior(mu, MAX_PRIOR_STRENGTH, 'between-variance-floored');
	const between = (sampleVariance(rates, mu) - spread * h) / (1 - h);
	if (between <= spread / (MAX_PRIOR_STRENGTH + 1)) {
		return betaPrior(mu, MAX_PRIOR_STRENGTH, 'between-variance-floored');
	}
	const strength = spread / between - 1;
	if (strength < MIN_PRIOR_STRENGTH) {
		return betaPrior(mu, MIN_PRIOR_STRENGTH, 'between-variance-capped');
	}
	return betaPrior(mu, strength, 'moments');
}

/** Shrunk proportion per agent, (k + α)/(n + α + β) on 0–100, with the fitted prior. */
export function shrinkProportions(agents: readonly AgentCounts[]): {
	prior: BetaPrior | null;
	agents: ShrunkProportion[];
} {
	const prior = fitBetaPrior(agents);
	return {
		prior,
		agents: agents.map((agent) => {
			let value: number | null = null;
			if (agent.n > 0 && prior) {
				value = (100 * (agent.k + prior.alpha)) / (agent.n + prior.strength);
			} else if (prior) {
				value = prior.mean;
			}
			return {
				...agent,
				raw: agent.n === 0 ? null : (100 * agent.k) / agent.n,
				value,
				tooFewAnswers: agent.n < MIN_ANSWERS
			};
		})
	};
}

function npsN(agent: NpsCounts): number {
	assertCount('promoters', agent.promoters);
	assertCount('passives', agent.passives);
	assertCount('detractors', agent.detractors);
	return agent.promoters + agent.passives + agent.detractors;
}

/**
 * Shrinkage for NPS, treating each answer as a score of +1 (promoter), 0 or −1 (detractor), so
 * an agent's mean score ×100 is their NPS. Target: the scope's NPS over all pooled answers.
 *
 * Within-agent variance σ²: pooled over agents, Σ(P + D − (P − D)²/n) ÷ Σ(n − 1); if every agent
 * has a single answer, the variance of all scores pooled is used instead. Between-agent variance
 * τ² = sample variance of the agent means − σ²·mean(1/nᵢ), floored at σ²/MAX_PRIOR_STRENGTH
 * ('between-variance-floored'). m = σ²/τ²; m = 0 when σ² = 0 (no noise to shrink away).
 */
export function fitNpsPrior(agents: readonly NpsCounts[]): NpsPrior | null {
	const withData = agents
		.map((agent) => ({ ...agent, n: npsN(agent) }))
		.filter((agent) => agent.n > 0);
	if (withData.length === 0) return null;
	let total = 0;
	let net = 0;
	let nonZero = 0;
	let withinSquares = 0;
	let withinDf = 0;
	for (const agent of withData) {
		const agentNet = agent.promoters - agent.detractors;
		total += agent.n;
		net += agentNet;
		nonZero += agent.promoters + agent.detractors;
		// Σ(x − x̄)² for scores in {−1, 0, 1}: Σx² = P + D, minus n·x̄² = (P − D)²/n.
		withinSquares += agent.promoters + agent.detractors - (agentNet * agentNet) / agent.n;
		withinDf += agent.n - 1;
	}
	const scopeMean = net / total;
	if (withData.length < 2) return { mean: 100 * scopeMean, strength: 0, fit: 'single-agent' };
	const within = Math.max(
		0,
		withinDf > 0
			? withinSquares / withinDf
			: (nonZero - total * scopeMean * scopeMean) / (total - 1)
	);
	if (within === 0) return { mean: 100 * scopeMean, strength: 0, fit: 'moments' };
	const means = withData.map((agent) => (agent.promoters - agent.detractors) / agent.n);
	const h = average(withData.map((agent) => 1 / agent.n));
	const between = sampleVariance(means, average(means)) - within * h;
	const floor = within / MAX_PRIOR_STRENGTH;
	if (between <= floor) {
		return { mean: 100 * scopeMean, strength: MAX_PRIOR_STRENGTH, fit: 'between-variance-floored' };
	}
	return { mean: 100 * scopeMean, strength: within / between, fit: 'moments' };
}

/** Shrunk NPS per agent: n/(n + m)·(agent NPS) + m/(n + m)·(scope NPS). */
export function shrinkNps(agents: readonly AgentNpsCounts[]): {
	prior: NpsPrior | null;
	agents: ShrunkNps[];
} {
	const prior = fitNpsPrior(agents);
	return {
		prior,
		agents: agents.map((agent) => {
			const n = npsN(agent);
			const raw = n === 0 ? null : (100 * (agent.promoters - agent.detractors)) / n;
			let value: number | null = null;
			let weight: number | null = null;
			if (prior && raw !== null) {
				weight = n / (n + prior.strength);
				value = weight * raw + (1 - weight) * prior.mean;
			} else if (prior) {
				weight = 0;
				value = prior.mean;
			}
			return { ...agent, n, raw, value, weight, tooFewAnswers: n < MIN_ANSWERS };
		})
	};
}

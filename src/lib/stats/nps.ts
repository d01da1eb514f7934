/**
 * Net Promoter Score with the adjusted-Wald interval of Rocks (2016), "Interval estimation for
 * the 'net promoter score'", The American Statistician 70(4).
 *
 * The plain NPS is what we show; the adjusted estimate (¾ of a pseudo-answer added to each of the
 * three categories) only centres the interval, which keeps it sensible at small n and at ±100.
 */
import { NPS_SCALE, Z_95 } from './constants';
import type { Answer, Interval } from './types';
import { assertCount, assertScaleAnswer, clamp } from './validate';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export type NpsCounts = { promoters: number; passives: number; detractors: number };

export type NpsResult = NpsCounts & {
	n: number;
	/** NPS, −100…+100 */
	value: number | null;
	/** Adjusted-Wald 95% interval, clipped to −100…+100 */
	interval: Interval | null;
	/** % promoters (0–100) */
	promoterPercent: number | null;
	/** % detractors (0–100) */
	detractorPercent: number | null;
};

export type NpsAdjustedWald = {
	/** NPS′ = 100·(p − d), in NPS points */
	estimate: number;
	/** Variance of NPS′ in NPS points² (i.e. ×10 000 of the fraction-scale variance) */
	variance: number;
	interval: Interval;
};

export function npsCategory(score: number): NpsCategory {
	assertScaleAnswer('score', score, NPS_SCALE.min, NPS_SCALE.max);
	if (score >= NPS_SCALE.promoterMin) return 'promoter';
	if (score <= NPS_SCALE.detractorMax) return 'detractor';
	return 'passive';
}

function assertNpsCounts(counts: NpsCounts): number {
	assertCount('promoters', counts.promoters);
	assertCount('passives', counts.passives);
	assertCount('detractors', counts.detractors);
	return counts.promoters + counts.passives + counts.detractors;
}

/**
 * Adjusted-Wald NPS: n′ = n + 3, p = (P + ¾)/n′, d = (D + ¾)/n′,
 * variance = (p + d − (p − d)²)/n′, interval = NPS′ ± z·√variance, clipped to ±100.
 * Defined for n = 0 too (it then is 0 ± a wide margin), but `npsFromCounts` does not show it.
 */
export function npsAdjustedWald(counts: NpsCounts): NpsAdjustedWald {
	const n = assertNpsCounts(counts);
	const nAdjusted = n + 3;
	const p = (counts.promoters + 0.75) / nAdjusted;
	const d = (counts.detractors + 0.75) / nAdjusted;
	const net = p - d;
	const variance = (p + d - net * net) / nAdjusted;
	const margin = Z_95 * Math.sqrt(variance);
	return {
		estimate: 100 * net,
		variance: 10_000 * variance,
		interval: {
			low: clamp(100 * (net - margin), -100, 100),
			high: clamp(100 * (net + margin), -100, 100)
		}
	};
}

/** NPS from SQL counts of promoters (9–10), passives (7–8) and detractors (0–6). */
export function npsFromCounts(promoters: number, passives: number, detractors: number): NpsResult {
	const counts = { promoters, passives, detractors };
	const n = assertNpsCounts(counts);
	if (n === 0) {
		return {
			...counts,
			n,
			value: null,
			interval: null,
			promoterPercent: null,
			detractorPercent: null
		};
	}
	return {
		...counts,
		n,
		value: (100 * (promoters - detractors)) / n,
		interval: npsAdjustedWald(counts).interval,
		promoterPercent: (100 * promoters) / n,
		detractorPercent: (100 * detractors) / n
	};
}

/** Counts per NPS category of the answered 0–10 scores. */
export function npsCounts(scores: readonly Answer<number>[]): NpsCounts {
	const counts = { promoters: 0, passives: 0, detractors: 0 };
	for (const score of scores) {
		if (score === null || score === undefined) continue;
		const category = npsCategory(score);
		if (category === 'promoter') counts.promoters += 1;
		else if (category === 'detractor') counts.detractors += 1;
		else counts.passives += 1;
	}
	return counts;
}

/** NPS from raw 0–10 answers. */
export function nps(scores: readonly Answer<number>[]): NpsResult {
	const counts = npsCounts(scores);
	return npsFromCounts(counts.promoters, counts.passives, counts.detractors);
}

/**
 * Internal quality score (IQS) of a QA review, on 0–100.
 *
 * IQS = Σ(weight × earned) ÷ Σ(weight × possible) over the criteria that apply (not N/A).
 * A failed critical criterion sets the whole review to 0: some mistakes (wrong legal
 * information, a data-protection breach) are not compensated by being friendly.
 */
import { mean } from './mean';
import type { Answer, MeanEstimate } from './types';
import { assertFinite } from './validate';

export type QaCriterionScore = {
	/** Relative weight of the criterion, ≥ 0 */
	weight: number;
	/** Points given, 0 ≤ earned ≤ possible (ignored when na) */
	earned: number;
	/** Maximum points, ≥ 0 */
	possible: number;
	/** Not applicable to this contact: left out of numerator and denominator */
	na: boolean;
	critical: boolean;
	/**
	 * Only meaningful for critical criteria. When given it decides (the reviewer's explicit
	 * verdict wins, so a form can allow partial points on a critical item without failing it);
	 * when omitted, a critical criterion fails if earned < possible.
	 */
	failed?: boolean;
};

export type QaReviewScore = {
	/** IQS 0–100; null when no applicable criterion carries any possible points */
	value: number | null;
	/** True when an applicable critical criterion failed (value is then 0) */
	criticalFailed: boolean;
	/** Σ weight × earned over applicable criteria (before the critical rule) */
	earned: number;
	/** Σ weight × possible over applicable criteria */
	possible: number;
};

/** Whether an applicable critical criterion counts as failed (see `failed`). */
export function isCriticalFailure(criterion: QaCriterionScore): boolean {
	if (!criterion.critical || criterion.na) return false;
	return criterion.failed ?? criterion.earned < criterion.possible;
}

export function qaReviewScore(criteria: readonly QaCriterionScore[]): QaReviewScore {
	let earned = 0;
	let possible = 0;
	let criticalFailed = false;
	for (const criterion of criteria) {
		if (criterion.na) continue;
		assertFinite('weight', criterion.weight);
		assertFinite('earned', criterion.earned);
		assertFinite('possible', criterion.possible);
		if (criterion.weight < 0 || criterion.possible < 0) {
			throw new RangeError('weight and possible must be ≥ 0');
		}
		if (criterion.earned < 0 || criterion.earned > criterion.possible) {
			throw new RangeError(
				`earned must be between 0 and possible (${criterion.possible}), got ${criterion.earned}`
			);
		}
		earned += criterion.weight * criterion.earned;
		possible += criterion.weight * criterion.possible;
		if (isCriticalFailure(criterion)) criticalFailed = true;
	}
	let value: number | null = null;
	if (criticalFailed) value = 0;
	else if (possible > 0) value = (100 * earned) / possible;
	return { value, criticalFailed, earned, possible };
}

/**
 * Mean IQS over reviews with sample sd (spread between reviews/reviewers) and t interval clipped
 * to 0–100. Reviews without a score (null) are skipped.
 */
export function qaScoreSummary(scores: readonly Answer<number>[]): MeanEstimate {
	return mean(scores, { low: 0, high: 100 });
}

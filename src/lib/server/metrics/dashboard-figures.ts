// Turns summed rollup counts into the figures of shared/METRICS.md. Only the `…FromCounts` /
// `…FromAggregates` functions of lib/stats do maths here, so a figure from the rollups equals the
// pure function on the raw rows by construction.
import {
	cesFromAggregates,
	classifyChange,
	csatFromAggregates,
	fcrFromCounts,
	npsDifference,
	npsFromCounts,
	proportion,
	proportionDifference,
	type CesResult,
	type ChangeDirection,
	type CsatResult,
	type Difference,
	type FcrResult,
	type NpsResult,
	type Proportion
} from '$lib/stats';

export const SUM_COLUMNS = [
	'contacts',
	'valuable',
	'hygiene',
	'unnecessary',
	'fcrClosed',
	'fcrRepeated',
	'channelSwitches',
	'firstResponses',
	'firstResponsesWithinHour',
	'invitationsSent',
	'invitationsAnswered',
	'responses',
	'csatN',
	'csatGood',
	'csatSum',
	'csatSumSq',
	'npsPromoters',
	'npsPassives',
	'npsDetractors',
	'cesN',
	'cesGood',
	'cesSum',
	'cesSumSq',
	'resolvedYes',
	'resolvedNo'
] as const;

export type RollupSums = Record<(typeof SUM_COLUMNS)[number], number>;

export function emptySums(): RollupSums {
	return Object.fromEntries(SUM_COLUMNS.map((column) => [column, 0])) as RollupSums;
}

export function addSums(target: RollupSums, source: RollupSums): RollupSums {
	for (const column of SUM_COLUMNS) target[column] += source[column];
	return target;
}

export type DashboardFigures = {
	contacts: number;
	responses: number;
	nps: NpsResult;
	/** CSAT % with its mean (1–5). */
	csat: CsatResult;
	/** CES mean (1–7) with % easy. */
	ces: CesResult;
	fcrCustomer: FcrResult;
	/** Contacts not repeated within 7 × 24 h, of the contacts (with a reason) whose window closed. */
	fcrComputed: Proportion;
	/** Repeated contacts of the same contacts: 100 − FCR (computed). */
	repeatContactRate: Proportion;
	/** Contacts that repeat an earlier one on another channel, of the same contacts. */
	channelSwitchRate: Proportion;
	/** Answered of the invitations sent. */
	responseRate: Proportion;
	/** Contacts whose reason is classed unnecessary, of all contacts. */
	unnecessaryShare: Proportion;
	/** Contacts with a first response, answered within an hour. */
	firstResponseWithinHour: Proportion;
	/** Contacts by their reason's value class; unclassified includes contacts without a reason. */
	valueClasses: { valuable: number; hygiene: number; unnecessary: number; unclassified: number };
};

export function figuresFromSums(s: RollupSums): DashboardFigures {
	return {
		contacts: s.contacts,
		responses: s.responses,
		nps: npsFromCounts(s.npsPromoters, s.npsPassives, s.npsDetractors),
		csat: csatFromAggregates({
			n: s.csatN,
			good: s.csatGood,
			sum: s.csatSum,
			sumOfSquares: s.csatSumSq
		}),
		ces: cesFromAggregates({ n: s.cesN, good: s.cesGood, sum: s.cesSum, sumOfSquares: s.cesSumSq }),
		fcrCustomer: fcrFromCounts(s.resolvedYes, s.resolvedNo),
		fcrComputed: proportion(s.fcrClosed - s.fcrRepeated, s.fcrClosed),
		repeatContactRate: proportion(s.fcrRepeated, s.fcrClosed),
		channelSwitchRate: proportion(s.channelSwitches, s.fcrClosed),
		responseRate: proportion(s.invitationsAnswered, s.invitationsSent),
		unnecessaryShare: proportion(s.unnecessary, s.contacts),
		firstResponseWithinHour: proportion(s.firstResponsesWithinHour, s.firstResponses),
		valueClasses: {
			valuable: s.valuable,
			hygiene: s.hygiene,
			unnecessary: s.unnecessary,
			unclassified: s.contacts - s.valuable - s.hygiene - s.unnecessary
		}
	};
}

export type Change = Difference & { direction: ChangeDirection };

/** Changes between two periods of the figures that have a difference interval in lib/stats. */
export type FigureChanges = {
	nps: Change;
	csat: Change;
	cesEasy: Change;
	fcrCustomer: Change;
	fcrComputed: Change;
	repeatContactRate: Change;
	channelSwitchRate: Change;
	responseRate: Change;
	unnecessaryShare: Change;
	firstResponseWithinHour: Change;
};

function change(difference: Difference): Change {
	return { ...difference, direction: classifyChange(difference.interval) };
}

const counts = (p: { k: number; n: number }) => ({ k: p.k, n: p.n });

export function changesBetween(
	current: DashboardFigures,
	previous: DashboardFigures
): FigureChanges {
	const of = (pick: (f: DashboardFigures) => Proportion) =>
		change(proportionDifference(counts(pick(current)), counts(pick(previous))));
	return {
		nps: change(npsDifference(current.nps, previous.nps)),
		csat: change(
			proportionDifference(
				{ k: current.csat.satisfied, n: current.csat.n },
				{ k: previous.csat.satisfied, n: previous.csat.n }
			)
		),
		cesEasy: of((f) => f.ces.easy),
		fcrCustomer: change(
			proportionDifference(
				{ k: current.fcrCustomer.yes, n: current.fcrCustomer.n },
				{ k: previous.fcrCustomer.yes, n: previous.fcrCustomer.n }
			)
		),
		fcrComputed: of((f) => f.fcrComputed),
		repeatContactRate: of((f) => f.repeatContactRate),
		channelSwitchRate: of((f) => f.channelSwitchRate),
		responseRate: of((f) => f.responseRate),
		unnecessaryShare: of((f) => f.unnecessaryShare),
		firstResponseWithinHour: of((f) => f.firstResponseWithinHour)
	};
}

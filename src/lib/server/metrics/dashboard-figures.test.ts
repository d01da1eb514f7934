import { describe, expect, it } from 'vitest';
import { ces, csat, fcr, nps, proportion } from '$lib/stats';
import { changesBetween, emptySums, figuresFromSums, type RollupSums } from './dashboard-figures';

/** Sums as the rollup would hold them for these answers and contacts. */
function sumsOf(
	answers: { csat?: number; nps?: number; ces?: number; resolved?: boolean }[]
): RollupSums {
	const sums = emptySums();
	for (const a of answers) {
		sums.responses += 1;
		if (a.csat !== undefined) {
			sums.csatN += 1;
			sums.csatGood += a.csat >= 4 ? 1 : 0;
			sums.csatSum += a.csat;
			sums.csatSumSq += a.csat * a.csat;
		}
		if (a.nps !== undefined) {
			if (a.nps >= 9) sums.npsPromoters += 1;
			else if (a.nps <= 6) sums.npsDetractors += 1;
			else sums.npsPassives += 1;
		}
		if (a.ces !== undefined) {
			sums.cesN += 1;
			sums.cesGood += a.ces >= 5 ? 1 : 0;
			sums.cesSum += a.ces;
			sums.cesSumSq += a.ces * a.ces;
		}
		if (a.resolved === true) sums.resolvedYes += 1;
		if (a.resolved === false) sums.resolvedNo += 1;
	}
	return sums;
}

const answers = [
	{ csat: 5, nps: 10, ces: 7, resolved: true },
	{ csat: 4, nps: 9, resolved: true },
	{ csat: 2, nps: 3, ces: 2, resolved: false },
	{ nps: 8 },
	{ csat: 3, ces: 5 },
	{ csat: 1, nps: 0, resolved: false }
];

describe('figuresFromSums', () => {
	it('gives the survey figures the array functions give on the same answers', () => {
		const figures = figuresFromSums(sumsOf(answers));
		expect(figures.nps).toEqual(nps(answers.map((a) => a.nps)));
		expect(figures.csat).toEqual(csat(answers.map((a) => a.csat)));
		expect(figures.ces).toEqual(ces(answers.map((a) => a.ces)));
		expect(figures.fcrCustomer).toEqual(fcr(answers.map((a) => a.resolved)));
		expect(figures.responses).toBe(6);
	});

	it('derives FCR, repeat and switch rates over the closed contacts, shares over all', () => {
		const figures = figuresFromSums({
			...emptySums(),
			contacts: 50,
			valuable: 10,
			hygiene: 20,
			unnecessary: 15,
			fcrClosed: 40,
			fcrRepeated: 8,
			channelSwitches: 3,
			invitationsSent: 30,
			invitationsAnswered: 9,
			firstResponses: 12,
			firstResponsesWithinHour: 5
		});
		expect(figures.fcrComputed).toEqual(proportion(32, 40));
		expect(figures.repeatContactRate).toEqual(proportion(8, 40));
		expect(figures.fcrComputed.value! + figures.repeatContactRate.value!).toBeCloseTo(100, 12);
		expect(figures.channelSwitchRate).toEqual(proportion(3, 40));
		expect(figures.responseRate).toEqual(proportion(9, 30));
		expect(figures.unnecessaryShare).toEqual(proportion(15, 50));
		expect(figures.firstResponseWithinHour).toEqual(proportion(5, 12));
		expect(figures.valueClasses).toEqual({
			valuable: 10,
			hygiene: 20,
			unnecessary: 15,
			unclassified: 5
		});
	});

	it('shows no value and no interval when there is nothing to count', () => {
		const figures = figuresFromSums(emptySums());
		expect(figures.nps.value).toBeNull();
		expect(figures.csat.interval).toBeNull();
		expect(figures.fcrComputed.value).toBeNull();
		expect(figures.responseRate.interval).toBeNull();
	});
});

describe('changesBetween', () => {
	it('calls a clear rise "up" and an overlap "no measurable change"', () => {
		const many = (satisfied: number, of: number) =>
			figuresFromSums({
				...emptySums(),
				csatN: of,
				csatGood: satisfied,
				csatSum: 4 * of,
				csatSumSq: 16 * of
			});
		expect(changesBetween(many(900, 1000), many(600, 1000)).csat.direction).toBe('up');
		expect(changesBetween(many(600, 1000), many(900, 1000)).csat.direction).toBe('down');
		expect(changesBetween(many(6, 10), many(5, 10)).csat.direction).toBe('no measurable change');
	});

	it('has no difference when a period has no answers', () => {
		const some = figuresFromSums(sumsOf(answers));
		const change = changesBetween(some, figuresFromSums(emptySums()));
		expect(change.nps).toEqual({ value: null, interval: null, direction: 'no measurable change' });
	});
});

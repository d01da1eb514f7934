import { describe, expect, it } from 'vitest';
import { needsFollowUp } from './follow-ups';

describe('needsFollowUp', () => {
	const cases: [string, number | null, number | null, boolean][] = [
		['NPS 0', 0, null, true],
		['NPS 6, the highest detractor', 6, null, true],
		['NPS 7, a passive', 7, null, false],
		['NPS 10 with CSAT 2', 10, 2, true],
		['CSAT 1', null, 1, true],
		['CSAT 2', null, 2, true],
		['CSAT 3', null, 3, false],
		['promoter with CSAT 5', 9, 5, false],
		['no scores', null, null, false]
	];
	it.each(cases)('%s', (_, nps, csat, expected) => {
		expect(needsFollowUp({ nps, csat })).toBe(expected);
	});
});

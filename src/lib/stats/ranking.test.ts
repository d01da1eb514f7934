import { describe, expect, it } from 'vitest';
import { rankAgents } from './ranking';

const agent = (id: string, value: number | null, tooFewAnswers = false) => ({
	id,
	value,
	tooFewAnswers
});

describe('rankAgents', () => {
	it.each([
		{
			name: 'higher is better, ties share a rank and sort by id',
			order: 'higher-is-better' as const,
			expected: [
				['b', 1],
				['c', 1],
				['d', 3],
				['a', 4]
			]
		},
		{
			name: 'lower is better',
			order: 'lower-is-better' as const,
			expected: [
				['a', 1],
				['d', 2],
				['b', 3],
				['c', 3]
			]
		}
	])('$name', ({ order, expected }) => {
		const list = [agent('a', 50), agent('c', 70), agent('b', 70), agent('d', 60)];
		const { ranked, unranked } = rankAgents(list, order);
		expect(ranked.map((row) => [row.id, row.rank])).toEqual(expected);
		expect(unranked).toEqual([]);
	});

	it('never ranks agents with too few answers or without an estimate, even at the extremes', () => {
		const list = [
			agent('best-but-few', 99, true),
			agent('a', 50),
			agent('none', null),
			agent('b', 60),
			agent('worst-but-few', 1, true)
		];
		const { ranked, unranked } = rankAgents(list);
		expect(ranked.map((row) => row.id)).toEqual(['b', 'a']);
		expect(ranked.map((row) => row.rank)).toEqual([1, 2]);
		// Input order, not sorted by value, so the list does not read as a ranking either.
		expect(unranked.map((row) => row.id)).toEqual(['best-but-few', 'none', 'worst-but-few']);
		expect(unranked.every((row) => !('rank' in row))).toBe(true);
	});

	it('handles a single eligible agent and an empty list', () => {
		expect(rankAgents([agent('a', 10)]).ranked).toEqual([{ ...agent('a', 10), rank: 1 }]);
		expect(rankAgents([])).toEqual({ ranked: [], unranked: [] });
	});

	it('keeps the extra fields of the input rows', () => {
		const { ranked } = rankAgents([{ ...agent('a', 10), name: 'Anna' }]);
		expect(ranked[0].name).toBe('Anna');
	});
});

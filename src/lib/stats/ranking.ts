/**
 * Ranking agents on a (shrunk) estimate.
 *
 * Agents flagged tooFewAnswers (or without an estimate) get no rank at all and come back in a
 * separate `unranked` list, in input order. That way they can never be shown as best or worst:
 * a top or bottom spot based on a handful of answers is exactly the unfair comparison the
 * shrinkage is meant to prevent, and putting them at the end of one list would still read as
 * "last".
 */

export type Rankable = { id: string; value: number | null; tooFewAnswers: boolean };

export type RankOrder = 'higher-is-better' | 'lower-is-better';

export type Ranked<T> = T & { rank: number };

/**
 * Sorts eligible agents best first. Equal values share a rank ("1, 2, 2, 4" competition
 * ranking) and are ordered by id so the output is deterministic.
 */
export function rankAgents<T extends Rankable>(
	agents: readonly T[],
	order: RankOrder = 'higher-is-better'
): { ranked: Ranked<T>[]; unranked: T[] } {
	const eligible: (T & { value: number })[] = [];
	const unranked: T[] = [];
	for (const agent of agents) {
		if (agent.tooFewAnswers || agent.value === null) unranked.push(agent);
		else eligible.push(agent as T & { value: number });
	}
	const sign = order === 'higher-is-better' ? -1 : 1;
	eligible.sort((a, b) => sign * (a.value - b.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const ranked: Ranked<T>[] = [];
	eligible.forEach((agent, index) => {
		const previous = ranked[index - 1];
		const rank = previous && previous.value === agent.value ? previous.rank : index + 1;
		ranked.push({ ...agent, rank });
	});
	return { ranked, unranked };
}

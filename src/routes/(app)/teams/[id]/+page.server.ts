import { parseDays } from '$lib/components/period';
import { caller, load as call } from '$lib/server/trpc/caller';
import { MIN_ANSWERS, rankAgents, shrinkProportions, type Interval } from '$lib/stats';
import { numericId, oneOf } from '../../../route-params';
import type { PageServerLoad } from './$types';

const SORTS = ['name', 'n', 'csat'] as const;

export type AgentRow = {
	id: number;
	name: string;
	active: boolean;
	n: number;
	/** Raw CSAT % */
	value: number | null;
	interval: Interval | null;
	/** Empirical-Bayes estimate (METRICS.md), what the CSAT sort uses. */
	estimate: number | null;
	tooFew: boolean;
	rank: number | null;
};

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	const days = parseDays(event.url);
	const sort = oneOf(event.url.searchParams.get('sort'), SORTS, 'name');
	const dir = oneOf(
		event.url.searchParams.get('dir'),
		['asc', 'desc'] as const,
		sort === 'name' ? 'asc' : 'desc'
	);
	const result = await call(() => caller(event).teams.get({ id, days }));

	const shrunk = shrinkProportions(
		result.agents.map((agent) => ({
			id: String(agent.agentId),
			k: agent.csat.satisfied,
			n: agent.csat.n
		}))
	);
	const all: AgentRow[] = result.agents.map((agent, index) => ({
		id: agent.agentId,
		name: agent.name,
		active: agent.active,
		n: agent.csat.n,
		value: agent.csat.value,
		interval: agent.csat.interval,
		// Without answers there is nothing to estimate; the prior mean alone would look like a score.
		estimate: agent.csat.n === 0 ? null : shrunk.agents[index].value,
		tooFew: agent.csat.n < MIN_ANSWERS,
		rank: null
	}));
	const byName = (a: AgentRow, b: AgentRow) => a.name.localeCompare(b.name, event.locals.locale);
	const sign = dir === 'asc' ? 1 : -1;

	let rows: AgentRow[];
	let unranked: AgentRow[] = [];
	if (sort === 'csat') {
		// Agents with too few answers are never ranked first or last: they get their own group.
		const ranking = rankAgents(
			all.map((row) => ({
				id: String(row.id),
				value: row.estimate,
				tooFewAnswers: row.tooFew,
				row
			}))
		);
		rows = ranking.ranked.map((entry) => ({ ...entry.row, rank: entry.rank }));
		if (dir === 'asc') rows.reverse();
		unranked = ranking.unranked.map((entry) => entry.row).sort(byName);
	} else if (sort === 'n') {
		rows = [...all].sort((a, b) => sign * (a.n - b.n) || byName(a, b));
	} else {
		rows = [...all].sort((a, b) => sign * byName(a, b));
	}
	return { team: result.team, days, sort, dir, rows, unranked, minAnswers: MIN_ANSWERS };
};

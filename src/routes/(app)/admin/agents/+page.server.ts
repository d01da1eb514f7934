import { caller, load as call } from '$lib/server/trpc/caller';
import { oneOf, pageParam } from '../../../route-params';
import type { PageServerLoad } from './$types';

const SORTS = ['name', 'externalId', 'team', 'createdAt'] as const;

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const team = Number(params.get('team'));
	const filters = {
		q: (params.get('q') ?? '').slice(0, 100),
		teamId: Number.isInteger(team) && team > 0 ? team : null,
		status: oneOf(params.get('status'), ['active', 'inactive', 'all'] as const, 'active'),
		sort: oneOf(params.get('sort'), SORTS, 'name'),
		dir: oneOf(params.get('dir'), ['asc', 'desc'] as const, 'asc')
	};
	const api = caller(event).admin;
	const [agents, teams] = await Promise.all([
		call(() => api.agents.list({ ...filters, page: pageParam(event.url) })),
		call(() => api.teams.options({ include: filters.teamId }))
	]);
	return { filters, agents, teams };
};

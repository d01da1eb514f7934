import { caller, load as call } from '$lib/server/trpc/caller';
import { oneOf, pageParam } from '../../../route-params';
import type { PageServerLoad } from './$types';

const ROLES = ['admin', 'director', 'team_lead', 'agent'] as const;

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const filters = {
		q: (params.get('q') ?? '').slice(0, 100),
		role: oneOf(params.get('role'), ['', ...ROLES] as const, ''),
		status: oneOf(params.get('status'), ['active', 'inactive', 'all'] as const, 'active')
	};
	const users = await call(() =>
		caller(event).admin.users.list({
			...filters,
			role: filters.role || null,
			page: pageParam(event.url)
		})
	);
	return { filters, users, roles: ROLES };
};

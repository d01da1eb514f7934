import { caller, load as call } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teams = await call(() => caller(event).teams.list());
	// Admins manage teams; the team pages with figures are for directors and team leads.
	const linkTo = event.locals.user?.role === 'admin' ? 'admin' : 'team';
	return { teams, linkTo };
};

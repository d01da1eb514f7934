import { parseDays } from '$lib/components/period';
import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId } from '../../../route-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	const days = parseDays(event.url);
	const result = await call(() => caller(event).agents.get({ id, days }));
	const role = event.locals.user?.role;
	return { ...result, days, linkTeam: role === 'director' || role === 'team_lead' };
};

import { parseDays } from '$lib/components/period';
import { caller, load as call } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const days = parseDays(event.url);
	const headline = await call(() => caller(event).overview.headline({ days }));
	return { days, headline };
};

import { caller, load as call } from '$lib/server/trpc/caller';
import { pageParam } from '../../../route-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const messages = await call(() =>
		caller(event).admin.mailbox.list({ q, page: pageParam(event.url) })
	);
	return { q, messages };
};

import { caller, load as call } from '$lib/server/trpc/caller';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	keys: await call(() => caller(event).admin.apiKeys.list())
});

import { redirect } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId, pageParam } from '../../../../route-params';
import { attempt } from '../../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	const api = caller(event).admin.imports;
	const upload = await call(() => api.get({ id }));
	const errors =
		upload.errorCount > 0 ? await call(() => api.errors({ id, page: pageParam(event.url) })) : null;
	return { upload, errors };
};

export const actions: Actions = {
	start: async (event) => {
		const id = numericId(event.params.id);
		const result = await attempt(event.locals.locale, 'start', {}, () =>
			caller(event).admin.imports.start({ id })
		);
		if (!result.ok) return result.failure;
		// A second click finds the import already running: show it, without starting it again.
		redirect(303, `/admin/import/${id}${result.value.started ? '' : '?notice=alreadyStarted'}`);
	}
};

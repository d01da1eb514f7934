import { redirect, type RequestEvent } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId } from '../../../../route-params';
import { attempt, text } from '../../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	return { team: await call(() => caller(event).admin.teams.get({ id })) };
};

function archive(archived: boolean) {
	return async (event: RequestEvent<{ id: string }>) => {
		const id = numericId(event.params.id);
		const result = await attempt(event.locals.locale, 'status', {}, () =>
			caller(event).admin.teams.setArchived({ id, archived })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/teams/${id}?notice=${archived ? 'archived' : 'restored'}`);
	};
}

export const actions: Actions = {
	rename: async (event) => {
		const id = numericId(event.params.id);
		const name = text(await event.request.formData(), 'name');
		const result = await attempt(event.locals.locale, 'rename', { name }, () =>
			caller(event).admin.teams.rename({ id, team: { name } })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/teams/${id}?notice=saved`);
	},
	archive: archive(true),
	restore: archive(false)
};

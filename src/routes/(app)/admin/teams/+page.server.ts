import { redirect } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { oneOf, pageParam } from '../../../route-params';
import { attempt, text } from '../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const params = event.url.searchParams;
	const filters = {
		q: (params.get('q') ?? '').slice(0, 100),
		status: oneOf(params.get('status'), ['active', 'archived', 'all'] as const, 'active')
	};
	const teams = await call(() =>
		caller(event).admin.teams.list({ ...filters, page: pageParam(event.url) })
	);
	return { filters, teams };
};

export const actions: Actions = {
	create: async (event) => {
		const name = text(await event.request.formData(), 'name');
		const result = await attempt(event.locals.locale, 'create', { name }, () =>
			caller(event).admin.teams.create({ name })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/teams/${result.value.id}?notice=created`);
	}
};

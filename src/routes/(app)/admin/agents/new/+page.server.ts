import { redirect } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { attempt } from '../../form.server';
import { agentFromForm } from '../agent-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const team = Number(event.url.searchParams.get('team'));
	return {
		teams: await call(() => caller(event).admin.teams.options({ include: null })),
		teamId: Number.isInteger(team) && team > 0 ? String(team) : ''
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { values, input } = agentFromForm(await event.request.formData());
		const result = await attempt(event.locals.locale, 'details', values, () =>
			caller(event).admin.agents.create(input)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/agents/${result.value.id}?notice=created`);
	}
};

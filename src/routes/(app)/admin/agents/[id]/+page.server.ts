import { redirect, type RequestEvent } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId } from '../../../../route-params';
import { attempt } from '../../form.server';
import { agentFromForm } from '../agent-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	const api = caller(event).admin;
	const agent = await call(() => api.agents.get({ id }));
	const teams = await call(() => api.teams.options({ include: agent.teamId }));
	return { agent, teams };
};

function setActive(active: boolean) {
	return async (event: RequestEvent<{ id: string }>) => {
		const id = numericId(event.params.id);
		const result = await attempt(event.locals.locale, 'status', {}, () =>
			caller(event).admin.agents.setActive({ id, active })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/agents/${id}?notice=${active ? 'reactivated' : 'deactivated'}`);
	};
}

export const actions: Actions = {
	update: async (event) => {
		const id = numericId(event.params.id);
		const { values, input } = agentFromForm(await event.request.formData());
		const result = await attempt(event.locals.locale, 'details', values, () =>
			caller(event).admin.agents.update({ id, agent: input })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/agents/${id}?notice=saved`);
	},
	deactivate: setActive(false),
	reactivate: setActive(true)
};

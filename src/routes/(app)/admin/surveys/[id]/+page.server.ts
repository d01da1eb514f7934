import { redirect, type RequestEvent } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId } from '../../../../route-params';
import { attempt } from '../../form.server';
import { programFromForm } from '../program-form.server';
import { programValues } from '../program-values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	const api = caller(event).admin.surveys;
	const [program, options] = await Promise.all([
		call(() => api.get({ id })),
		call(() => api.formOptions({ id }))
	]);
	return { program, options, values: programValues(program) };
};

function setActive(active: boolean) {
	return async (event: RequestEvent<{ id: string }>) => {
		const id = numericId(event.params.id);
		const result = await attempt(event.locals.locale, 'status', {}, () =>
			caller(event).admin.surveys.setActive({ id, active })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/surveys/${id}?notice=${active ? 'reactivated' : 'deactivated'}`);
	};
}

export const actions: Actions = {
	update: async (event) => {
		const id = numericId(event.params.id);
		const { values, input } = programFromForm(await event.request.formData());
		const result = await attempt(event.locals.locale, 'program', values, () =>
			caller(event).admin.surveys.update({ id, ...input })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/surveys/${id}?notice=saved`);
	},
	deactivate: setActive(false),
	reactivate: setActive(true)
};

import { redirect } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { attempt } from '../../form.server';
import { programFromForm } from '../program-form.server';
import { NEW_PROGRAM } from '../program-values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	options: await call(() => caller(event).admin.surveys.formOptions({ id: null })),
	values: NEW_PROGRAM
});

export const actions: Actions = {
	default: async (event) => {
		const { values, input } = programFromForm(await event.request.formData());
		const result = await attempt(event.locals.locale, 'program', values, () =>
			caller(event).admin.surveys.create(input)
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/surveys/${result.value.id}?notice=created`);
	}
};

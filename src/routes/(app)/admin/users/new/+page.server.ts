import { redirect } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { attempt, text } from '../../form.server';
import { userFromForm } from '../user-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	options: await call(() => caller(event).admin.users.formOptions())
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const { values, input } = userFromForm(form);
		const password = text(form, 'password');
		const result = await attempt(event.locals.locale, 'details', values, () =>
			caller(event).admin.users.create({ user: input, password })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/users/${result.value.id}?notice=created`);
	}
};

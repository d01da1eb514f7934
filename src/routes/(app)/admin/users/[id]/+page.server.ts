import { redirect } from '@sveltejs/kit';
import { i18nFor } from '$lib/i18n';
import { caller, load as call } from '$lib/server/trpc/caller';
import { attempt, invalid, text } from '../../form.server';
import { userFromForm } from '../user-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const api = caller(event).admin.users;
	const [user, options] = await Promise.all([
		call(() => api.get({ id: event.params.id })),
		call(() => api.formOptions())
	]);
	return { user, options, self: user.id === event.locals.user?.id };
};

export const actions: Actions = {
	update: async (event) => {
		const { values, input } = userFromForm(await event.request.formData());
		const result = await attempt(event.locals.locale, 'details', values, () =>
			caller(event).admin.users.update({ id: event.params.id, user: input })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/users/${event.params.id}?notice=saved`);
	},

	password: async (event) => {
		const form = await event.request.formData();
		const password = text(form, 'password');
		if (password !== text(form, 'confirm')) {
			return invalid(
				'password',
				{},
				{ confirm: i18nFor(event.locals.locale).t('errors.passwordMismatch') }
			);
		}
		const result = await attempt(event.locals.locale, 'password', {}, () =>
			caller(event).admin.users.setPassword({ id: event.params.id, password })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/users/${event.params.id}?notice=passwordSet`);
	},

	deactivate: async (event) => {
		const result = await attempt(event.locals.locale, 'status', {}, () =>
			caller(event).admin.users.setActive({ id: event.params.id, active: false })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/users/${event.params.id}?notice=deactivated`);
	},

	reactivate: async (event) => {
		const result = await attempt(event.locals.locale, 'status', {}, () =>
			caller(event).admin.users.setActive({ id: event.params.id, active: true })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/users/${event.params.id}?notice=reactivated`);
	}
};

import { fail, redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locale';
import { sameSitePath } from '../safe-redirect';
import type { Actions, PageServerLoad } from './$types';

const YEAR = 60 * 60 * 24 * 365;

// POST /locale stores the reader's language choice and sends them back where they came from.
export const load: PageServerLoad = () => {
	redirect(303, '/');
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		if (!isLocale(locale)) return fail(400, { message: 'Unknown language' });
		cookies.set('ks_locale', locale, {
			path: '/',
			maxAge: YEAR,
			sameSite: 'lax',
			httpOnly: true,
			secure: url.protocol === 'https:'
		});
		redirect(303, sameSitePath(form.get('redirectTo'), '/'));
	}
};

import { fail } from '@sveltejs/kit';
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { i18nFor } from '$lib/i18n';
import { auth } from '$lib/server/auth';
import { passwordInput } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// Without ?token= the page asks for an e-mail address; the mail's link brings the reader back
// with a token to choose a new password.
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') || null });

export const actions: Actions = {
	request: async ({ request, locals }) => {
		const i18n = i18nFor(locals.locale);
		const form = await request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.toLowerCase();
		if (!z.email().safeParse(email).success)
			return fail(400, {
				email,
				errors: { email: i18n.t('errors.emailInvalid') } as Record<string, string>
			});
		// The answer is the same for known and unknown addresses: no account enumeration.
		const user = await db().prisma.user.findUnique({
			where: { email },
			select: { deactivatedAt: true }
		});
		if (!user?.deactivatedAt) {
			try {
				await auth().api.requestPasswordReset({ body: { email, redirectTo: '/reset-password' } });
			} catch (error) {
				console.error('Password reset request failed:', error);
			}
		}
		return { sent: true, email };
	},

	reset: async ({ request, locals }) => {
		const i18n = i18nFor(locals.locale);
		const form = await request.formData();
		const token = String(form.get('token') ?? '');
		const password = String(form.get('password') ?? '');
		const confirm = String(form.get('confirm') ?? '');
		const errors: Record<string, string> = {};
		const checked = passwordInput.safeParse(password);
		if (!checked.success) errors.password = i18n.message(checked.error.issues[0].message);
		else if (password !== confirm) errors.confirm = i18n.t('errors.passwordMismatch');
		if (Object.keys(errors).length) return fail(400, { token, errors, message: null });
		try {
			await auth().api.resetPassword({ body: { newPassword: password, token } });
		} catch (error) {
			if (isAPIError(error))
				return fail(400, { token, errors, message: i18n.t('auth.reset.invalidToken') });
			throw error;
		}
		// The token goes back to the page so it keeps showing this step after a POST without JS.
		return { token, done: true };
	}
};

import { fail, redirect } from '@sveltejs/kit';
import { isAPIError } from 'better-auth/api';
import { i18nFor } from '$lib/i18n';
import { auth } from '$lib/server/auth';
import { verifyPassword } from '$lib/server/auth/passwords';
import { homeOf } from '$lib/server/auth/scope';
import { loadSessionUser } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { sameSitePath } from '../../safe-redirect';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, sameSitePath(url.searchParams.get('next'), homeOf(locals.user)));
	return { next: url.searchParams.get('next') ?? '' };
};

/** A deactivated account is named as such only to someone who knows its password. */
async function deactivatedWithPassword(email: string, password: string): Promise<boolean> {
	const user = await db().prisma.user.findUnique({
		where: { email },
		select: {
			deactivatedAt: true,
			accounts: { where: { providerId: 'credential' }, select: { password: true } }
		}
	});
	if (!user?.deactivatedAt) return false;
	const hash = user.accounts[0]?.password;
	return !!hash && (await verifyPassword({ hash, password }));
}

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { t } = i18nFor(locals.locale);
		const form = await request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.toLowerCase();
		const password = String(form.get('password') ?? '');
		const next = String(form.get('next') ?? '');
		const errors: Record<string, string> = {};
		if (!email) errors.email = t('errors.emailRequired');
		if (!password) errors.password = t('errors.passwordRequired');
		if (Object.keys(errors).length) return fail(400, { email, errors, message: null });

		const refused = (message: string) =>
			fail(400, { email, errors: {} as Record<string, string>, message });
		const prisma = db().prisma;
		const existing = await prisma.user.findUnique({
			where: { email },
			select: { deactivatedAt: true }
		});
		if (existing?.deactivatedAt) {
			const known = await deactivatedWithPassword(email, password);
			return refused(t(known ? 'auth.login.deactivated' : 'auth.login.incorrect'));
		}

		let userId: string;
		try {
			const result = await auth().api.signInEmail({
				body: { email, password },
				headers: request.headers
			});
			userId = result.user.id;
		} catch (error) {
			if (isAPIError(error)) return refused(t('auth.login.incorrect'));
			throw error;
		}
		const user = await loadSessionUser(prisma, userId);
		if (!user) return refused(t('auth.login.incorrect'));
		redirect(303, sameSitePath(next, homeOf(user)));
	}
};

import { redirect } from '@sveltejs/kit';
import { auth } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

// GET shows a confirm form (a link must not sign anyone out); POST signs out.
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/login');
	return { name: locals.user.name };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		if (locals.user) {
			try {
				await auth().api.signOut({ headers: request.headers });
			} catch (error) {
				// The session may already be gone (expired, signed out elsewhere): that is fine.
				console.warn('Sign-out:', error instanceof Error ? error.message : error);
			}
		}
		redirect(303, '/login');
	}
};

import { redirect } from '@sveltejs/kit';
import { homeOf } from '$lib/server/auth/scope';
import type { PageServerLoad } from './$types';

// `/` has no page of its own: each role goes to its home.
export const load: PageServerLoad = ({ locals }) => {
	redirect(303, locals.user ? homeOf(locals.user) : '/login');
};

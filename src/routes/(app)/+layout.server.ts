import { redirect } from '@sveltejs/kit';
import type { NavItem } from '$lib/components/SiteHeader.svelte';
import type { SessionUser } from '$lib/server/auth/session-user';
import { caller } from '$lib/server/trpc/caller';
import type { LayoutServerLoad } from './$types';

/** Links to the pages each role may open (only pages that exist). */
function navigation(user: SessionUser, teams: { id: number; name: string }[]): NavItem[] {
	switch (user.role) {
		case 'admin':
			return [{ kind: 'overview' }, { kind: 'teams' }, { kind: 'admin' }];
		case 'director':
			return [{ kind: 'overview' }, { kind: 'teams' }];
		case 'team_lead':
			return teams.length
				? teams.map((team) => ({ kind: 'team', id: team.id, name: team.name }))
				: [{ kind: 'teams' }];
		case 'agent':
			return [{ kind: 'me' }];
	}
}

// Every page in (app) needs a signed-in user; pages check their own role and scope.
export const load: LayoutServerLoad = async (event) => {
	const user = event.locals.user;
	if (!user) {
		// Not a dependency: the shell need not reload on every navigation.
		const next = event.untrack(() => event.url.pathname + event.url.search);
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	const teams = user.role === 'team_lead' ? await caller(event).teams.list() : [];
	return {
		user: { name: user.name, role: user.role },
		nav: navigation(user, teams)
	};
};

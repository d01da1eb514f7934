// The one scoping rule of Klantstem, used by every page load, form action and tRPC procedure:
// admins and directors see the whole organisation, a team lead only the teams they lead, an agent
// only their own data. Pure functions, so the rules are unit-tested on their own.
import type { Role, SessionUser } from './session-user';

export type Scope =
	| { kind: 'organisation' }
	| { kind: 'teams'; teamIds: number[] }
	| { kind: 'agent'; agentId: number | null };

export class AccessDenied extends Error {
	/** 403: the role may not use this at all; 404: the object lies outside the user's scope. */
	constructor(
		readonly status: 403 | 404,
		message = status === 403 ? 'Not allowed' : 'Not found'
	) {
		super(message);
	}
}

export function scopeOf(user: SessionUser): Scope {
	switch (user.role) {
		case 'admin':
		case 'director':
			return { kind: 'organisation' };
		case 'team_lead':
			return { kind: 'teams', teamIds: [...user.teamIds] };
		case 'agent':
			return { kind: 'agent', agentId: user.agentId };
	}
}

export function hasRole(user: SessionUser | null, roles: readonly Role[]): user is SessionUser {
	return user !== null && roles.includes(user.role);
}

/** Throws 403 unless the user has one of the roles. */
export function requireRole(user: SessionUser | null, roles: readonly Role[]): SessionUser {
	if (!hasRole(user, roles)) throw new AccessDenied(403);
	return user;
}

export function canSeeTeam(user: SessionUser, teamId: number): boolean {
	const scope = scopeOf(user);
	if (scope.kind === 'organisation') return true;
	if (scope.kind === 'teams') return scope.teamIds.includes(teamId);
	return false;
}

/** An agent is visible by their current team; a team lead of that team sees them. */
export function canSeeAgent(
	user: SessionUser,
	agent: { id: number; teamId: number | null }
): boolean {
	const scope = scopeOf(user);
	if (scope.kind === 'organisation') return true;
	if (scope.kind === 'teams') return agent.teamId !== null && scope.teamIds.includes(agent.teamId);
	return scope.agentId === agent.id;
}

/** Team ids to filter SQL by; null means "no filter" (the whole organisation). */
export function teamFilter(user: SessionUser): number[] | null {
	const scope = scopeOf(user);
	if (scope.kind === 'organisation') return null;
	if (scope.kind === 'teams') return scope.teamIds;
	return [];
}

/** Agent id to filter SQL by for agents; null for roles that are not limited to one agent. */
export function agentFilter(user: SessionUser): number | null {
	const scope = scopeOf(user);
	return scope.kind === 'agent' ? (scope.agentId ?? -1) : null;
}

/** Where each role lands after signing in (the `/` page). */
export function homeOf(user: SessionUser): string {
	switch (user.role) {
		case 'admin':
		case 'director':
			return '/overview';
		case 'team_lead':
			return user.teamIds.length ? `/teams/${Math.min(...user.teamIds)}` : '/teams';
		case 'agent':
			return '/me';
	}
}

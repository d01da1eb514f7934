import { describe, expect, it } from 'vitest';
import {
	AccessDenied,
	agentFilter,
	canSeeAgent,
	canSeeTeam,
	homeOf,
	requireRole,
	scopeOf,
	teamFilter
} from './scope';
import type { SessionUser } from './session-user';

function user(role: SessionUser['role'], extra: Partial<SessionUser> = {}): SessionUser {
	return {
		id: role,
		name: role,
		email: `${role}@example.com`,
		role,
		locale: 'nl',
		agentId: null,
		teamIds: [],
		...extra
	};
}

const admin = user('admin');
const director = user('director');
const lead = user('team_lead', { teamIds: [2, 5] });
const leadWithoutTeams = user('team_lead');
const agent = user('agent', { agentId: 7 });

describe('scopeOf', () => {
	it.each([
		['admin', admin, { kind: 'organisation' }],
		['director', director, { kind: 'organisation' }],
		['team lead', lead, { kind: 'teams', teamIds: [2, 5] }],
		['agent', agent, { kind: 'agent', agentId: 7 }]
	])('%s', (_name, who, expected) => {
		expect(scopeOf(who)).toEqual(expected);
	});
});

describe('canSeeTeam', () => {
	it.each([
		[director, 9, true],
		[admin, 9, true],
		[lead, 2, true],
		[lead, 5, true],
		[lead, 3, false],
		[leadWithoutTeams, 2, false],
		[agent, 2, false]
	])('%#: %o sees team %i → %s', (who, teamId, expected) => {
		expect(canSeeTeam(who, teamId)).toBe(expected);
	});
});

describe('canSeeAgent', () => {
	it.each([
		['director sees anyone', director, { id: 1, teamId: 3 }, true],
		['lead sees an agent of a team they lead', lead, { id: 1, teamId: 5 }, true],
		['lead does not see an agent of another team', lead, { id: 1, teamId: 3 }, false],
		['lead does not see an agent without team', lead, { id: 1, teamId: null }, false],
		['agent sees themselves', agent, { id: 7, teamId: 3 }, true],
		['agent does not see a colleague', agent, { id: 8, teamId: 3 }, false],
		['an agent account without agent sees nobody', user('agent'), { id: 7, teamId: 3 }, false]
	])('%s', (_name, who, target, expected) => {
		expect(canSeeAgent(who, target)).toBe(expected);
	});
});

describe('SQL filters', () => {
	it('do not filter the organisation roles', () => {
		expect(teamFilter(director)).toBeNull();
		expect(agentFilter(director)).toBeNull();
	});
	it('limit a team lead to their teams and an agent to themselves', () => {
		expect(teamFilter(lead)).toEqual([2, 5]);
		expect(agentFilter(lead)).toBeNull();
		expect(teamFilter(agent)).toEqual([]);
		expect(agentFilter(agent)).toBe(7);
	});
	it('match nothing for an agent account that is not linked to an agent', () => {
		expect(agentFilter(user('agent'))).toBe(-1);
	});
});

describe('requireRole', () => {
	it('returns the user when the role is allowed', () => {
		expect(requireRole(director, ['director', 'admin'])).toBe(director);
	});
	it('refuses other roles and signed-out visitors with 403', () => {
		expect(() => requireRole(lead, ['director'])).toThrow(AccessDenied);
		try {
			requireRole(null, ['director']);
		} catch (error) {
			expect((error as AccessDenied).status).toBe(403);
		}
		expect.assertions(2);
	});
});

describe('homeOf', () => {
	it.each([
		[admin, '/overview'],
		[director, '/overview'],
		[lead, '/teams/2'],
		[leadWithoutTeams, '/teams'],
		[agent, '/me']
	])('%#', (who, home) => {
		expect(homeOf(who)).toBe(home);
	});
});

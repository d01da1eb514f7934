// Every tRPC procedure × every role: who is allowed, who is refused (FORBIDDEN), and who finds
// nothing outside their scope (NOT_FOUND). The table must name every procedure of the root
// router, so a new procedure cannot ship without its access rule being tested.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session-user';
import { createCallerFactory } from '../../src/lib/server/trpc/init';
import { appRouter } from '../../src/lib/server/trpc/root';
import { createTestDatabase, type TestDatabase } from './support/database';
import { createOrganisation, type Organisation } from './support/fixtures';

type RoleName = 'admin' | 'director' | 'lead' | 'agent';
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHORIZED';
type Case = {
	procedure: string;
	input: (org: Organisation) => unknown;
	expect: Record<RoleName | 'anonymous', Outcome>;
	/** Run as a mutation on a fresh copy? Mutations get their own inputs per role. */
	note?: string;
};

const everyoneSignedIn = (outcome: Record<RoleName, Outcome>) => ({
	anonymous: 'UNAUTHORIZED' as const,
	...outcome
});

export const cases: Case[] = [
	{
		procedure: 'overview.headline',
		input: () => ({ days: 30 }),
		expect: everyoneSignedIn({ admin: 'ok', director: 'ok', lead: 'FORBIDDEN', agent: 'FORBIDDEN' })
	},
	{
		procedure: 'teams.list',
		input: () => undefined,
		expect: everyoneSignedIn({ admin: 'ok', director: 'ok', lead: 'ok', agent: 'FORBIDDEN' })
	},
	{
		procedure: 'teams.get',
		note: 'own team',
		input: (org) => ({ id: org.teams.own }),
		expect: everyoneSignedIn({ admin: 'FORBIDDEN', director: 'ok', lead: 'ok', agent: 'FORBIDDEN' })
	},
	{
		procedure: 'teams.get',
		note: 'another team',
		input: (org) => ({ id: org.teams.other }),
		expect: everyoneSignedIn({
			admin: 'FORBIDDEN',
			director: 'ok',
			lead: 'NOT_FOUND',
			agent: 'FORBIDDEN'
		})
	},
	{
		procedure: 'agents.get',
		note: 'the agent themselves',
		input: (org) => ({ id: org.agents.own }),
		expect: everyoneSignedIn({ admin: 'FORBIDDEN', director: 'ok', lead: 'ok', agent: 'ok' })
	},
	{
		procedure: 'agents.get',
		note: 'a colleague in the same team',
		input: (org) => ({ id: org.agents.ownColleague }),
		expect: everyoneSignedIn({ admin: 'FORBIDDEN', director: 'ok', lead: 'ok', agent: 'NOT_FOUND' })
	},
	{
		procedure: 'agents.get',
		note: 'an agent of another team',
		input: (org) => ({ id: org.agents.other }),
		expect: everyoneSignedIn({
			admin: 'FORBIDDEN',
			director: 'ok',
			lead: 'NOT_FOUND',
			agent: 'NOT_FOUND'
		})
	},
	{
		procedure: 'agents.me',
		input: () => ({ days: 30 }),
		expect: everyoneSignedIn({
			admin: 'FORBIDDEN',
			director: 'FORBIDDEN',
			lead: 'FORBIDDEN',
			agent: 'ok'
		})
	},
	// Admin procedures: admins only. Mutations use inputs that leave the organisation as it is (the
	// same name again, a no-op) or ids that do not exist, so the later tests see the same data.
	...adminOnly('admin.summary', () => undefined),
	...adminOnly('admin.users.list', () => ({})),
	...adminOnly('admin.users.get', () => ({ id: 'no-such-user' }), 'NOT_FOUND'),
	...adminOnly('admin.users.formOptions', () => undefined),
	...adminOnly('admin.users.create', () => ({
		user: { name: 'Nieuwe Directeur', email: 'new-director@example.com', role: 'director' },
		password: 'a-long-enough-password'
	})),
	...adminOnly(
		'admin.users.update',
		() => ({ id: 'no-such-user', user: { name: 'X', email: 'x@example.com', role: 'director' } }),
		'NOT_FOUND'
	),
	...adminOnly(
		'admin.users.setPassword',
		() => ({ id: 'no-such-user', password: 'a-long-enough-password' }),
		'NOT_FOUND'
	),
	...adminOnly('admin.users.setActive', () => ({ id: 'no-such-user', active: false }), 'NOT_FOUND'),
	...adminOnly('admin.teams.list', () => ({})),
	...adminOnly('admin.teams.get', (org) => ({ id: org.teams.other })),
	...adminOnly('admin.teams.options', () => ({})),
	...adminOnly('admin.teams.create', () => ({ name: 'Team Oost' })),
	...adminOnly('admin.teams.rename', (org) => ({
		id: org.teams.other,
		team: { name: 'Team Zuid' }
	})),
	...adminOnly('admin.teams.setArchived', (org) => ({ id: org.teams.other, archived: false })),
	...adminOnly('admin.agents.list', () => ({})),
	...adminOnly('admin.agents.get', (org) => ({ id: org.agents.other })),
	...adminOnly('admin.agents.create', () => ({ externalId: 'A9', name: 'Nieuwe Medewerker' })),
	...adminOnly('admin.agents.update', (org) => ({
		id: org.agents.other,
		agent: { externalId: 'A3', name: 'Joris Bakker', teamId: org.teams.other }
	})),
	...adminOnly('admin.agents.setActive', (org) => ({ id: org.agents.other, active: true })),
	...adminOnly('admin.mailbox.list', () => ({})),
	...adminOnly('admin.mailbox.get', () => ({ id: 999_999 }), 'NOT_FOUND'),
	...adminOnly('admin.apiKeys.list', () => undefined),
	...adminOnly('admin.apiKeys.get', () => ({ id: 999_999 }), 'NOT_FOUND'),
	...adminOnly('admin.apiKeys.create', () => ({ name: 'Helpdesk', rateLimitPerMinute: 60 })),
	...adminOnly('admin.apiKeys.rename', () => ({ id: 999_999, name: 'X' }), 'NOT_FOUND'),
	...adminOnly(
		'admin.apiKeys.setRateLimit',
		() => ({ id: 999_999, rateLimitPerMinute: 60 }),
		'NOT_FOUND'
	),
	...adminOnly('admin.apiKeys.revoke', () => ({ id: 999_999 }), 'NOT_FOUND'),
	...adminOnly('admin.surveys.list', () => undefined),
	...adminOnly('admin.surveys.get', () => ({ id: 999_999 }), 'NOT_FOUND'),
	...adminOnly('admin.surveys.formOptions', () => ({})),
	...adminOnly('admin.surveys.create', () => ({
		name: 'Toegangstest',
		senderName: 'Klantenservice',
		brandColor: '#1f5f8b'
	})),
	...adminOnly(
		'admin.surveys.update',
		() => ({ id: 999_999, name: 'X', senderName: 'X', brandColor: '#1f5f8b' }),
		'NOT_FOUND'
	),
	...adminOnly('admin.surveys.setActive', () => ({ id: 999_999, active: true }), 'NOT_FOUND'),
	...adminOnly('admin.imports.list', () => ({})),
	...adminOnly('admin.imports.get', () => ({ id: 999_999 }), 'NOT_FOUND'),
	...adminOnly('admin.imports.errors', () => ({ id: 999_999 }), 'NOT_FOUND'),
	...adminOnly('admin.imports.progress', () => ({ id: 999_999 }), 'NOT_FOUND'),
	...adminOnly('admin.imports.upload', () => ({
		fileName: 'contacts.csv',
		content: 'externalId,channel\nK-1,phone'
	})),
	...adminOnly('admin.imports.start', () => ({ id: 999_999 }), 'NOT_FOUND')
];

function adminOnly(procedure: string, input: Case['input'], admin: Outcome = 'ok'): Case[] {
	return [
		{
			procedure,
			input,
			expect: everyoneSignedIn({
				admin,
				director: 'FORBIDDEN',
				lead: 'FORBIDDEN',
				agent: 'FORBIDDEN'
			})
		}
	];
}

let database: TestDatabase;
let org: Organisation;
const factory = createCallerFactory(appRouter);

beforeAll(async () => {
	database = await createTestDatabase('access');
	org = await createOrganisation(database);
	// What an admin creates records who did it (API keys, CSV uploads): the users must exist.
	await database.prisma.user.createMany({
		data: Object.values(org.users).map(({ id, name, email, role }) => ({ id, name, email, role }))
	});
});

afterAll(() => database.drop());

async function outcome(
	user: SessionUser | null,
	procedure: string,
	input: unknown
): Promise<Outcome> {
	// Procedures nest (admin.users.list): walk the caller along the path.
	type Node = { [key: string]: Node } & ((input: unknown) => Promise<unknown>);
	const caller = factory({ user, locale: 'nl', db: database }) as unknown as Node;
	const call = procedure.split('.').reduce((node, key) => node[key], caller);
	try {
		await call(input);
		return 'ok';
	} catch (error) {
		if (error instanceof TRPCError) return error.code as Outcome;
		throw error;
	}
}

describe('tRPC access by role', () => {
	it('has an access rule for every procedure of the root router', () => {
		const tested = new Set(cases.map((c) => c.procedure));
		const all = Object.keys(appRouter._def.procedures);
		expect(all.filter((p) => !tested.has(p))).toEqual([]);
	});

	for (const c of cases) {
		for (const role of ['anonymous', 'admin', 'director', 'lead', 'agent'] as const) {
			it(`${c.procedure}${c.note ? ` (${c.note})` : ''} as ${role} → ${c.expect[role]}`, async () => {
				const user = role === 'anonymous' ? null : org.users[role];
				expect(await outcome(user, c.procedure, c.input(org))).toBe(c.expect[role]);
			});
		}
	}

	it("gives a team lead their own team's agents with real figures", async () => {
		const caller = factory({ user: org.users.lead, locale: 'nl', db: database });
		const team = await caller.teams.get({ id: org.teams.own, days: 30 });
		expect(team.agents.map((a) => a.name).sort()).toEqual(['Mohammed El Amrani', 'Sanne de Vries']);
		// Each agent answered CSAT 3, 4, 5: two of three satisfied.
		for (const agent of team.agents) expect(agent.csat).toMatchObject({ n: 3, satisfied: 2 });
		const teams = await caller.teams.list();
		expect(teams.map((t) => t.id)).toEqual([org.teams.own]);
	});

	it("gives the director the whole organisation's headline figures", async () => {
		const caller = factory({ user: org.users.director, locale: 'nl', db: database });
		const figures = await caller.overview.headline({ days: 30 });
		expect(figures.csat.n).toBe(9);
		// NPS answers 6, 8, 10 per agent: 3 promoters, 3 passives, 3 detractors → 0.
		expect(figures.nps).toMatchObject({ n: 9, promoters: 3, detractors: 3, value: 0 });
		expect(figures.fcrCustomer).toMatchObject({ yes: 6, no: 3 });
	});
});

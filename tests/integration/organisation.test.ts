// Teams and agents as the admin pages change them: names stay unique, archived teams take no new
// agents, and refusals name the field so the form can show the error next to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { AccessDenied } from '../../src/lib/server/auth/scope';
import {
	createAgent,
	createTeam,
	listAgents,
	listTeams,
	OrganisationError,
	PAGE_SIZE,
	renameTeam,
	setAgentActive,
	setTeamArchived,
	updateAgent
} from '../../src/lib/server/organisation';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;

beforeAll(async () => {
	database = await createTestDatabase('organisation');
});

afterAll(() => database.drop());

async function refusal(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		if (error instanceof OrganisationError) return { field: error.field, message: error.message };
		// Input checks (zod) use the same catalogue keys as messages.
		if (error instanceof ZodError)
			return { field: String(error.issues[0].path[0]), message: error.issues[0].message };
		if (error instanceof AccessDenied) return { status: error.status };
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('teams', () => {
	it('refuses a second team with the same name, whatever its capitals', async () => {
		const { prisma } = database;
		await createTeam(prisma, { name: 'Webcare' });
		expect(await refusal(createTeam(prisma, { name: '  webcare ' }))).toEqual({
			field: 'name',
			message: 'errors.teamNameTaken'
		});
		expect(
			await prisma.team.count({ where: { name: { equals: 'webcare', mode: 'insensitive' } } })
		).toBe(1);
	});

	it('refuses an empty name and renames to a free one', async () => {
		const { prisma } = database;
		const id = await createTeam(prisma, { name: 'Telefonie' });
		expect(await refusal(renameTeam(prisma, id, { name: ' ' }))).toEqual({
			field: 'name',
			message: 'errors.teamNameRequired'
		});
		expect(await refusal(renameTeam(prisma, id, { name: 'WEBCARE' }))).toMatchObject({
			field: 'name'
		});
		await renameTeam(prisma, id, { name: 'Telefonie & Chat' });
		expect((await prisma.team.findUniqueOrThrow({ where: { id } })).name).toBe('Telefonie & Chat');
	});

	it('archives once (a second archive keeps the first date) and restores', async () => {
		const { prisma } = database;
		const id = await createTeam(prisma, { name: 'Archief' });
		await setTeamArchived(prisma, id, true);
		const first = (await prisma.team.findUniqueOrThrow({ where: { id } })).archivedAt;
		await setTeamArchived(prisma, id, true);
		expect((await prisma.team.findUniqueOrThrow({ where: { id } })).archivedAt).toEqual(first);
		const active = await listTeams(prisma, { q: 'archief' });
		expect(active.total).toBe(0);
		expect((await listTeams(prisma, { q: 'archief', status: 'archived' })).total).toBe(1);
		await setTeamArchived(prisma, id, false);
		expect((await listTeams(prisma, { q: 'archief' })).total).toBe(1);
	});

	it('answers 404 for a team that does not exist', async () => {
		expect(await refusal(renameTeam(database.prisma, 999_999, { name: 'X' }))).toEqual({
			status: 404
		});
	});
});

describe('agents', () => {
	it('refuses a taken agent code and an invalid e-mail address, naming the field', async () => {
		const { prisma } = database;
		await createAgent(prisma, { externalId: 'AG-1', name: 'Sanne de Vries' });
		expect(await refusal(createAgent(prisma, { externalId: 'AG-1', name: 'Ander' }))).toEqual({
			field: 'externalId',
			message: 'errors.externalIdTaken'
		});
		expect(
			await refusal(createAgent(prisma, { externalId: 'AG-2', name: 'Ander', email: 'geen-adres' }))
		).toEqual({ field: 'email', message: 'errors.emailInvalid' });
		expect(await prisma.agent.count({ where: { externalId: 'AG-2' } })).toBe(0);
	});

	it('moves an agent to another team but not into an archived one', async () => {
		const { prisma } = database;
		const from = await createTeam(prisma, { name: 'Van' });
		const to = await createTeam(prisma, { name: 'Naar' });
		const closed = await createTeam(prisma, { name: 'Gesloten' });
		await setTeamArchived(prisma, closed, true);
		const id = await createAgent(prisma, { externalId: 'AG-3', name: 'Joris', teamId: from });
		await updateAgent(prisma, id, { externalId: 'AG-3', name: 'Joris', teamId: to, email: '' });
		expect((await prisma.agent.findUniqueOrThrow({ where: { id } })).teamId).toBe(to);
		expect(
			await refusal(updateAgent(prisma, id, { externalId: 'AG-3', name: 'Joris', teamId: closed }))
		).toEqual({ field: 'teamId', message: 'errors.teamArchived' });
		expect(
			await refusal(createAgent(prisma, { externalId: 'AG-4', name: 'X', teamId: 999_999 }))
		).toEqual({
			field: 'teamId',
			message: 'errors.teamNotFound'
		});
	});

	it('lists agents 50 a page, filtered by team and status, sorted as asked', async () => {
		const { prisma } = database;
		const team = await createTeam(prisma, { name: 'Groot team' });
		for (let i = 0; i < PAGE_SIZE + 5; i++)
			await createAgent(prisma, {
				externalId: `G-${String(i).padStart(3, '0')}`,
				name: `Agent ${i}`,
				teamId: team
			});
		const first = await listAgents(prisma, { teamId: team, sort: 'externalId', dir: 'desc' });
		expect(first).toMatchObject({ total: PAGE_SIZE + 5, pageCount: 2, page: 1 });
		expect(first.items).toHaveLength(PAGE_SIZE);
		expect(first.items[0].externalId).toBe(`G-0${PAGE_SIZE + 4}`);
		const second = await listAgents(prisma, {
			teamId: team,
			sort: 'externalId',
			dir: 'desc',
			page: 2
		});
		expect(second.items).toHaveLength(5);

		await setAgentActive(prisma, first.items[0].id, false);
		expect((await listAgents(prisma, { teamId: team })).total).toBe(PAGE_SIZE + 4);
		expect(
			(await listAgents(prisma, { teamId: team, status: 'inactive' })).items.map((a) => a.id)
		).toEqual([first.items[0].id]);
		expect((await listAgents(prisma, { q: 'g-001' })).items.map((a) => a.externalId)).toEqual([
			'G-001'
		]);
	});

	it('answers 404 when deactivating an agent that does not exist', async () => {
		expect(await refusal(setAgentActive(database.prisma, 999_999, false))).toEqual({ status: 404 });
	});
});

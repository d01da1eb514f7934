// Detractor follow-up: a low answer (NPS 0–6 or CSAT 1–2) gets one item for the team's lead,
// created with the response, due two working days later; raising the score keeps the item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as survey from '../../src/routes/s/[token]/+page.server';
import { addWorkingDays } from '../../src/lib/server/follow-ups';
import { saveResponse } from '../../src/lib/server/surveys/responses';
import { createInvitation, createWorld, type World } from './dispatch-fixtures';
import { createTestDatabase, type TestDatabase } from './support/database';
import { actionEvent, outcome, serveRoutesFrom } from './survey-fixtures';

let database: TestDatabase;
let world: World;
let leads: { anna: string; zoe: string };

async function user(name: string, extra: { deactivatedAt?: Date } = {}) {
	const id = `user-${name.toLowerCase().replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}`;
	await database.prisma.user.create({
		data: { id, name, email: `${id}@example.com`, role: 'team_lead', ...extra }
	});
	return id;
}

beforeAll(async () => {
	database = await createTestDatabase('follow_ups');
	serveRoutesFrom(database);
	world = await createWorld(database);
	// Two leads: the first by name is assigned; a deactivated one that sorts first is skipped.
	leads = { zoe: await user('Zoë Visser'), anna: await user('Anna Bos') };
	const gone = await user('Aart Ex', { deactivatedAt: new Date() });
	await database.prisma.teamLead.createMany({
		data: [leads.zoe, leads.anna, gone].map((userId) => ({ userId, teamId: world.teamId }))
	});
});

afterAll(async () => {
	await database?.drop();
});

const followUps = async (invitationId: number) =>
	database.prisma.followUp.findMany({ where: { response: { invitationId } } });

describe('follow-up items', () => {
	it('a detractor through the survey page gets one open item for the lead, due in 2 working days', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const result = await outcome(() =>
			survey.actions.default(
				actionEvent(`/s/${invitation.token}`, { token: invitation.token }, [
					['nps', '3'],
					['csat', '4']
				])
			)
		);
		expect(result.kind).toBe('redirect');
		const items = await followUps(invitation.id);
		expect(items).toHaveLength(1);
		const [item] = items;
		const response = await database.prisma.response.findUniqueOrThrow({
			where: { invitationId: invitation.id }
		});
		expect(item).toMatchObject({
			responseId: response.id,
			teamId: world.teamId,
			assigneeUserId: leads.anna,
			status: 'open',
			outcomeNote: null,
			closedAt: null
		});
		expect(item.dueAt).toEqual(addWorkingDays(item.createdAt, 2));
		// Created with the response, in the same transaction.
		expect(item.createdAt).toEqual(response.createdAt);
	});

	it('CSAT 1–2 gets an item, a promoter and a CSAT 3 do not', async () => {
		const cases: [Parameters<typeof saveResponse>[2], number][] = [
			[{ csat: 1 }, 1],
			[{ csat: 2, nps: 9 }, 1],
			[{ csat: 3 }, 0],
			[{ nps: 9, csat: 5 }, 0],
			[{ nps: 7 }, 0],
			[{ nps: 6 }, 1],
			[{ comment: 'Alleen een opmerking' }, 0]
		];
		for (const [answers, expected] of cases) {
			const invitation = await createInvitation(database, world, { status: 'sent' });
			const result = await saveResponse(database.pool, invitation.id, answers, new Date());
			expect(result, JSON.stringify(answers)).toMatchObject({
				status: 'saved',
				followUpCreated: expected === 1
			});
			expect(await followUps(invitation.id), JSON.stringify(answers)).toHaveLength(expected);
		}
	});

	it('keeps the item when the answer is raised, and creates it when an answer becomes low', async () => {
		const low = await createInvitation(database, world, { status: 'sent' });
		await saveResponse(database.pool, low.id, { nps: 2 }, new Date());
		const [before] = await followUps(low.id);
		await saveResponse(database.pool, low.id, { nps: 10 }, new Date());
		await saveResponse(database.pool, low.id, { nps: 1 }, new Date());
		expect(await followUps(low.id)).toEqual([before]);

		const high = await createInvitation(database, world, { status: 'sent' });
		await saveResponse(database.pool, high.id, { nps: 9, csat: 5 }, new Date());
		expect(await followUps(high.id)).toHaveLength(0);
		await saveResponse(database.pool, high.id, { csat: 1 }, new Date());
		expect(await followUps(high.id)).toHaveLength(1);
	});

	it('20 simultaneous detractor answers of one invitation make one item', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				saveResponse(database.pool, invitation.id, { nps: i % 7 }, new Date())
			)
		);
		expect(await followUps(invitation.id)).toHaveLength(1);
	});

	it('the due date skips the weekend: a Friday answer is due on Tuesday', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const friday = new Date('2026-11-27T14:00:00Z');
		// An invitation open at that moment (the test's "now" is a Friday in the past).
		await database.prisma.invitation.update({
			where: { id: invitation.id },
			data: { expiresAt: null }
		});
		await saveResponse(database.pool, invitation.id, { csat: 1 }, friday);
		const [item] = await followUps(invitation.id);
		expect(item.createdAt).toEqual(friday);
		expect(item.dueAt).toEqual(new Date('2026-12-01T14:00:00Z'));
	});

	it('a team without a lead, or a contact without a team, gets an unassigned item', async () => {
		const noLead = await createWorld(database);
		const invitation = await createInvitation(database, noLead, { status: 'sent' });
		await saveResponse(database.pool, invitation.id, { nps: 0 }, new Date());
		expect(await followUps(invitation.id)).toEqual([
			expect.objectContaining({ teamId: noLead.teamId, assigneeUserId: null })
		]);

		const noTeam = await createInvitation(database, world, { status: 'sent' });
		await database.prisma.invitation.update({ where: { id: noTeam.id }, data: { teamId: null } });
		await saveResponse(database.pool, noTeam.id, { nps: 0 }, new Date());
		expect(await followUps(noTeam.id)).toEqual([
			expect.objectContaining({ teamId: null, assigneeUserId: null })
		]);
	});
});

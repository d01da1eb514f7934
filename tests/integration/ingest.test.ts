// The ingest service on a real PostgreSQL: what a source sends and what is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestContacts } from '../../src/lib/server/contacts/ingest';
import { createTestDatabase, type TestDatabase } from './support/database';
import { contactBody, createProgram } from './ingest-fixtures';

let database: TestDatabase;
const now = new Date('2026-11-24T10:00:00Z');

beforeAll(async () => {
	database = await createTestDatabase('ingest');
	await createProgram(database, { delayMinutes: 0 });
});

afterAll(async () => {
	await database.drop();
});

const ingest = (body: unknown) => ingestContacts(database, null, body, now);

async function contactRow(externalId: string) {
	return database.prisma.contact.findUniqueOrThrow({
		where: { externalId },
		include: {
			agent: true,
			team: true,
			customer: true,
			reason: true,
			causeDepartment: true,
			transfers: true
		}
	});
}

describe('storing contacts', () => {
	it('a single contact: created, with agent, team, customer, reason and survey', async () => {
		const result = await ingest(
			contactBody({
				externalId: 'S-1',
				channel: 'email',
				startedAt: '2026-11-24T09:30:00+01:00',
				endedAt: '2026-11-24T10:00:00+01:00',
				firstResponseSeconds: 3600,
				agent: {
					externalId: 'A-new',
					name: 'Mo El Amrani',
					email: 'mo@example.com',
					team: 'Team West'
				},
				otherAgents: [{ externalId: 'A-first' }, { externalId: 'A-second', team: 'Team Oost' }],
				customer: { externalId: 'C-single', email: 'Single@Example.NL', name: 'Jan', locale: 'en' },
				reason: 'never-seen-before',
				resolvedByAgent: true,
				kbGap: 'missing',
				emotion: 'worried',
				causeDepartment: 'billing'
			})
		);
		expect(result.status).toBe(200);
		const stored = await contactRow('S-1');
		expect(result.body).toEqual({
			results: [
				{
					externalId: 'S-1',
					id: stored.id,
					created: true,
					survey: { status: 'scheduled', sendAt: now.toISOString() }
				}
			]
		});
		expect(stored).toMatchObject({
			source: 'api',
			channel: 'email',
			startedAt: new Date('2026-11-24T08:30:00Z'),
			endedAt: new Date('2026-11-24T09:00:00Z'),
			firstResponseSeconds: 3600,
			resolvedByAgent: true,
			kbGap: 'missing',
			emotion: 'worried',
			surveyOptOut: false,
			agent: { externalId: 'A-new', name: 'Mo El Amrani', email: 'mo@example.com' },
			team: { name: 'Team West' },
			customer: { externalId: 'C-single', email: 'single@example.nl', name: 'Jan', locale: 'en' },
			reason: { code: 'never-seen-before', nameNl: 'never-seen-before', valueClass: null },
			causeDepartment: { code: 'billing' }
		});
		expect(stored.teamId).toBe(stored.agent.teamId);
		const transferred = await database.prisma.contactTransfer.findMany({
			where: { contactId: stored.id },
			orderBy: { position: 'asc' },
			include: { agent: { include: { team: true } } }
		});
		expect(
			transferred.map((t) => [
				t.position,
				t.agent.externalId,
				t.agent.name,
				t.agent.team?.name ?? null
			])
		).toEqual([
			[1, 'A-first', 'A-first', null],
			[2, 'A-second', 'A-second', 'Team Oost']
		]);
	});

	it('a batch answers in the order sent', async () => {
		const ids = ['B-3', 'B-1', 'B-2'];
		const result = await ingest({ contacts: ids.map((externalId) => contactBody({ externalId })) });
		expect(result.status).toBe(200);
		if (result.status !== 200) return;
		expect(result.body.results.map((r) => r.externalId)).toEqual(ids);
		for (const r of result.body.results) expect((await contactRow(r.externalId)).id).toBe(r.id);
	});

	it('the same request twice: one contact, the second answer created: false and unchanged', async () => {
		const body = contactBody({
			externalId: 'I-1',
			customer: { externalId: 'C-idem', email: 'idem@example.nl' }
		});
		const first = await ingest(body);
		const second = await ingest({ ...body, emotion: 'positive', channel: 'chat' });
		expect(first).toMatchObject({
			status: 200,
			body: { results: [{ created: true, survey: { status: 'scheduled' } }] }
		});
		expect(second).toMatchObject({
			status: 200,
			body: { results: [{ externalId: 'I-1', created: false, survey: { status: 'unchanged' } }] }
		});
		if (first.status !== 200 || second.status !== 200) return;
		expect(second.body.results[0].id).toBe(first.body.results[0].id);
		expect(await database.prisma.contact.count({ where: { externalId: 'I-1' } })).toBe(1);
		// The re-sent contact is updated; its survey decision is not made again.
		const stored = await contactRow('I-1');
		expect(stored).toMatchObject({ emotion: 'positive', channel: 'chat' });
		const invitations = await database.prisma.invitation.findMany({
			where: { contactId: stored.id }
		});
		expect(invitations).toHaveLength(1);
		expect(invitations[0]).toMatchObject({ status: 'scheduled', channel: 'phone' });
	});

	it('a re-sent contact replaces its transfers', async () => {
		await ingest(
			contactBody({
				externalId: 'T-1',
				otherAgents: [{ externalId: 'A-x' }, { externalId: 'A-y' }]
			})
		);
		await ingest(contactBody({ externalId: 'T-1', otherAgents: [{ externalId: 'A-z' }] }));
		const stored = await contactRow('T-1');
		const agents = await database.prisma.agent.findMany({
			where: { id: { in: stored.transfers.map((t) => t.agentId) } }
		});
		expect(agents.map((a) => a.externalId)).toEqual(['A-z']);
	});

	it('an unknown reason code is created unclassified, and reused afterwards', async () => {
		await ingest(contactBody({ externalId: 'R-1', reason: 'parcel-lost' }));
		await ingest(contactBody({ externalId: 'R-2', reason: 'parcel-lost' }));
		const reasons = await database.prisma.contactReason.findMany({
			where: { code: 'parcel-lost' }
		});
		expect(reasons).toHaveLength(1);
		expect(reasons[0]).toMatchObject({
			nameNl: 'parcel-lost',
			nameEn: 'parcel-lost',
			valueClass: null
		});
		expect((await contactRow('R-2')).reasonId).toBe(reasons[0].id);
	});

	it('an agent is created with the team by name; a team change later keeps old contacts on the old team', async () => {
		const existing = await database.prisma.team.create({ data: { name: 'Team Zuid' } });
		await ingest(
			contactBody({
				externalId: 'AG-1',
				agent: { externalId: 'A-move', name: 'Joris', team: 'team zuid' }
			})
		);
		const first = await contactRow('AG-1');
		expect(first.agent).toMatchObject({ name: 'Joris', teamId: existing.id });
		expect(first.teamId).toBe(existing.id);

		await ingest(
			contactBody({ externalId: 'AG-2', agent: { externalId: 'A-move', team: 'Team Brand New' } })
		);
		const second = await contactRow('AG-2');
		expect(second.team?.name).toBe('Team Brand New');
		expect(second.agent.name).toBe('Joris');
		expect((await contactRow('AG-1')).teamId).toBe(existing.id);
		expect(
			await database.prisma.team.count({
				where: { name: { equals: 'team zuid', mode: 'insensitive' } }
			})
		).toBe(1);
	});

	it('a customer sent with only an e-mail address is matched to the customer with that address', async () => {
		await ingest(
			contactBody({
				externalId: 'M-1',
				customer: { externalId: 'C-mail', email: 'match@example.nl' }
			})
		);
		await ingest(
			contactBody({ externalId: 'M-2', customer: { email: 'MATCH@example.nl', name: 'Els' } })
		);
		const [a, b] = [await contactRow('M-1'), await contactRow('M-2')];
		expect(b.customerId).toBe(a.customerId);
		expect(b.customer).toMatchObject({ externalId: 'C-mail', name: 'Els' });
	});

	it('an e-mail-only customer adopts the source id that arrives later; another id is another customer', async () => {
		await ingest(contactBody({ externalId: 'O-1', customer: { email: 'orphan@example.nl' } }));
		await ingest(
			contactBody({
				externalId: 'O-2',
				customer: { externalId: 'C-orphan', email: 'orphan@example.nl' }
			})
		);
		await ingest(
			contactBody({
				externalId: 'O-3',
				customer: { externalId: 'C-sibling', email: 'orphan@example.nl' }
			})
		);
		const [a, b, c] = [await contactRow('O-1'), await contactRow('O-2'), await contactRow('O-3')];
		expect(b.customerId).toBe(a.customerId);
		expect(b.customer.externalId).toBe('C-orphan');
		expect(c.customerId).not.toBe(a.customerId);
		expect(await database.prisma.customer.count({ where: { email: 'orphan@example.nl' } })).toBe(2);
	});

	it('a knowledge-base article is matched by code or URL; the raw reference is kept', async () => {
		const article = await database.prisma.knowledgeArticle.create({
			data: { code: 'KB-12', title: 'Verhuizen', url: 'https://help.example.nl/verhuizen' }
		});
		await ingest({
			contacts: [
				contactBody({ externalId: 'KB-a', kbArticle: 'KB-12' }),
				contactBody({ externalId: 'KB-b', kbArticle: 'https://help.example.nl/verhuizen' }),
				contactBody({ externalId: 'KB-c', kbArticle: 'https://elsewhere.example/x' })
			]
		});
		expect(await contactRow('KB-a')).toMatchObject({
			kbArticleId: article.id,
			kbArticleRef: 'KB-12'
		});
		expect(await contactRow('KB-b')).toMatchObject({ kbArticleId: article.id });
		expect(await contactRow('KB-c')).toMatchObject({
			kbArticleId: null,
			kbArticleRef: 'https://elsewhere.example/x'
		});
	});

	it('survey: false is stored and suppresses the survey', async () => {
		const result = await ingest(contactBody({ externalId: 'D-1', survey: false }));
		expect(result).toMatchObject({
			body: { results: [{ survey: { status: 'suppressed', reason: 'disabled' } }] }
		});
		expect((await contactRow('D-1')).surveyOptOut).toBe(true);
	});
});

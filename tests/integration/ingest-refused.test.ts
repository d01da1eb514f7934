// Refused requests, and requests that fail half-way, store nothing at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestContacts } from '../../src/lib/server/contacts/ingest';
import { createTestDatabase, type TestDatabase } from './support/database';
import { contactBody, createProgram, rowCounts } from './ingest-fixtures';

let database: TestDatabase;
const now = new Date('2026-11-24T10:00:00Z');

beforeAll(async () => {
	database = await createTestDatabase('ingest_refused');
	await createProgram(database, { delayMinutes: 0 });
});

afterAll(async () => {
	await database.drop();
});

const ingest = (body: unknown) => ingestContacts(database, null, body, now);

describe('refused requests store nothing', () => {
	it('422 lists every invalid field of every contact by index', async () => {
		const before = await rowCounts(database);
		const result = await ingest({
			contacts: [
				contactBody({ externalId: 'V-1', reason: 'brand-new-reason' }),
				contactBody({ channel: 'fax', agent: { name: 'No id' } }),
				contactBody({ endedAt: '2026-11-24 10:00', customer: { name: 'Nobody' } })
			]
		});
		expect(result.status).toBe(422);
		expect(result.body).toEqual({
			errors: [
				{ index: 1, field: 'channel', message: expect.any(String) },
				{ index: 1, field: 'agent.externalId', message: 'is required' },
				{ index: 2, field: 'endedAt', message: expect.stringMatching(/ISO 8601/) },
				{ index: 2, field: 'customer', message: 'needs an externalId or an email' }
			]
		});
		// The valid first contact, its new reason, agent, team and customer: none of it was kept.
		expect(await rowCounts(database)).toEqual(before);
	});

	it('a failure late in the transaction (writing the survey decision) leaves nothing behind', async () => {
		// Everything before the invitations (agents, team, customer, reason, contacts, links) has
		// been written when this trigger fires for the second contact of the batch.
		await database.pool.query(`
			CREATE FUNCTION refuse_invitation() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				IF (SELECT external_id FROM contact WHERE id = NEW.contact_id) = 'FAIL-2' THEN
					RAISE EXCEPTION 'refused for the test';
				END IF;
				RETURN NEW;
			END $$;
			CREATE TRIGGER refuse_invitation BEFORE INSERT ON invitation
				FOR EACH ROW EXECUTE FUNCTION refuse_invitation();`);
		try {
			const before = await rowCounts(database);
			await expect(
				ingest({
					contacts: [
						contactBody({
							externalId: 'FAIL-1',
							reason: 'rollback-reason',
							agent: { externalId: 'A-rb', team: 'Team Rollback' }
						}),
						contactBody({ externalId: 'FAIL-2', customer: { externalId: 'C-rollback' } })
					]
				})
			).rejects.toThrow(/refused for the test/);
			expect(await rowCounts(database)).toEqual(before);
		} finally {
			await database.pool.query(
				'DROP TRIGGER refuse_invitation ON invitation; DROP FUNCTION refuse_invitation()'
			);
		}
	});

	it('400 for more than 1,000 contacts, stores nothing', async () => {
		const before = await rowCounts(database);
		const contacts = Array.from({ length: 1001 }, () => contactBody());
		const result = await ingest({ contacts });
		expect(result).toMatchObject({
			status: 400,
			body: { error: expect.stringMatching(/at most 1000/) }
		});
		expect(await rowCounts(database)).toEqual(before);
	});
});

// Sources retry, and retries overlap: requests that run at the same time must leave the same
// rows as if they had come one after the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { ingestContacts } from '../../src/lib/server/contacts/ingest';
import { createTestDatabase, type TestDatabase } from './support/database';
import { contactBody, createProgram, DAY, HOUR } from './ingest-fixtures';

let database: TestDatabase;
/** Enough connections that 20 requests really run at the same time. */
let wide: Database;
const now = new Date('2026-11-24T12:00:00Z');

beforeAll(async () => {
	database = await createTestDatabase('concurrency');
	wide = openDatabase(database.url, 24);
	await createProgram(database, { delayMinutes: 0 });
});

afterAll(async () => {
	await wide.close();
	await database.drop();
});

const count = async (sql: string, parameters: unknown[] = []) =>
	(await database.pool.query<{ n: number }>(sql, parameters)).rows[0].n;

describe('concurrent identical requests', () => {
	it('20 at once: one contact and one invitation per contact, every answer 200', async () => {
		const body = {
			contacts: ['P-1', 'P-2', 'P-3'].map((externalId, i) =>
				contactBody({
					externalId,
					endedAt: new Date(now.getTime() - (3 - i) * HOUR).toISOString(),
					reason: 'race-reason',
					causeDepartment: 'race-department',
					agent: { externalId: 'A-race', name: 'Race', team: 'Team Race' },
					otherAgents: [{ externalId: 'A-race-2' }],
					customer: { email: 'race@example.nl' }
				})
			)
		};
		const answers = await Promise.all(
			Array.from({ length: 20 }, () => ingestContacts(wide, null, body, now))
		);

		expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
		const results = answers.flatMap((a) => (a.status === 200 ? a.body.results : []));
		for (const externalId of ['P-1', 'P-2', 'P-3']) {
			const mine = results.filter((r) => r.externalId === externalId);
			expect(mine.filter((r) => r.created)).toHaveLength(1);
			expect(new Set(mine.map((r) => r.id)).size).toBe(1);
			expect(mine.filter((r) => r.survey.status === 'unchanged')).toHaveLength(19);
		}
		expect(await count(`SELECT count(*)::int AS n FROM contact WHERE external_id LIKE 'P-%'`)).toBe(
			3
		);
		expect(
			await count(`SELECT count(*)::int AS n FROM invitation i JOIN contact c ON c.id = i.contact_id
			              WHERE c.external_id LIKE 'P-%'`)
		).toBe(3);
		expect(
			await count(`SELECT count(*)::int AS n FROM customer WHERE email = 'race@example.nl'`)
		).toBe(1);
		expect(
			await count(`SELECT count(*)::int AS n FROM agent WHERE external_id LIKE 'A-race%'`)
		).toBe(2);
		expect(await count(`SELECT count(*)::int AS n FROM team WHERE name = 'Team Race'`)).toBe(1);
		expect(
			await count(`SELECT count(*)::int AS n FROM contact_reason WHERE code = 'race-reason'`)
		).toBe(1);
		expect(
			await count(`SELECT count(*)::int AS n FROM department WHERE code = 'race-department'`)
		).toBe(1);
		expect(
			await count(`SELECT count(*)::int AS n FROM contact_transfer t JOIN contact c ON c.id = t.contact_id
			              WHERE c.external_id LIKE 'P-%'`)
		).toBe(3);
		// One customer, three contacts in one batch: the first is surveyed, fatigue stops the rest.
		expect(
			await count(`SELECT count(*)::int AS n FROM invitation i JOIN contact c ON c.id = i.contact_id
			              WHERE c.external_id LIKE 'P-%' AND i.status = 'scheduled'`)
		).toBe(1);
		// The links are those of the three contacts in a row.
		const { rows } = await database.pool.query(
			`SELECT c.external_id, p.external_id AS repeats FROM contact c
			   LEFT JOIN contact p ON p.id = c.repeat_of_id WHERE c.external_id LIKE 'P-%' ORDER BY 1`
		);
		expect(rows).toEqual([
			{ external_id: 'P-1', repeats: null },
			{ external_id: 'P-2', repeats: 'P-1' },
			{ external_id: 'P-3', repeats: 'P-2' }
		]);
	});
});

describe('concurrent different requests', () => {
	it('contacts of one new customer sent at once: one customer, one survey', async () => {
		const bodies = Array.from({ length: 8 }, (_, i) =>
			contactBody({
				externalId: `N-${i}`,
				endedAt: new Date(now.getTime() - HOUR).toISOString(),
				customer: { email: 'new-race@example.nl' }
			})
		);
		const answers = await Promise.all(bodies.map((body) => ingestContacts(wide, null, body, now)));
		expect(answers.every((a) => a.status === 200)).toBe(true);
		expect(
			await count(`SELECT count(*)::int AS n FROM customer WHERE email = 'new-race@example.nl'`)
		).toBe(1);
		expect(
			await count(`SELECT count(*)::int AS n FROM invitation i JOIN contact c ON c.id = i.contact_id
			              WHERE c.external_id LIKE 'N-%' AND i.status = 'scheduled'`)
		).toBe(1);
	});

	it('contacts of one known customer on several channels sent at once: one survey', async () => {
		await database.prisma.customer.create({
			data: { externalId: 'C-fatigue-race', email: 'fatigue-race@example.nl' }
		});
		const bodies = Array.from({ length: 8 }, (_, i) =>
			contactBody({
				externalId: `F-${i}`,
				endedAt: new Date(now.getTime() - HOUR).toISOString(),
				channel: i % 2 ? 'email' : 'phone',
				customer: { externalId: 'C-fatigue-race' }
			})
		);
		const answers = await Promise.all(bodies.map((body) => ingestContacts(wide, null, body, now)));
		expect(answers.every((a) => a.status === 200)).toBe(true);
		const { rows } = await database.pool.query<{ status: string; n: number }>(
			`SELECT i.status, count(*)::int AS n FROM invitation i JOIN contact c ON c.id = i.contact_id
			  WHERE c.external_id LIKE 'F-%' GROUP BY i.status`
		);
		expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual({
			scheduled: 1,
			suppressed: 7
		});
	});

	it('contacts of one repeat-contact group sent at once are linked as one chain', async () => {
		const t0 = now.getTime() - 20 * DAY;
		const bodies = Array.from({ length: 10 }, (_, i) =>
			contactBody({
				externalId: `G-${i}`,
				endedAt: new Date(t0 + i * DAY).toISOString(),
				reason: 'chain',
				customer: { externalId: 'C-chain' }
			})
		);
		const answers = await Promise.all(
			bodies.reverse().map((body) => ingestContacts(wide, null, body, now))
		);
		expect(answers.every((a) => a.status === 200)).toBe(true);
		const { rows } = await database.pool.query<{
			external_id: string;
			repeats: string | null;
			repeated: boolean;
		}>(
			`SELECT c.external_id, p.external_id AS repeats, c.repeated FROM contact c
			   LEFT JOIN contact p ON p.id = c.repeat_of_id WHERE c.external_id LIKE 'G-%' ORDER BY c.ended_at`
		);
		expect(rows.map((r) => [r.external_id, r.repeats, r.repeated])).toEqual(
			Array.from({ length: 10 }, (_, i) => [`G-${i}`, i === 0 ? null : `G-${i - 1}`, i < 9])
		);
	});
});

// A full batch of 1,000 contacts must be stored in well under a few seconds: the per-contact work
// is set-based, so the number of statements does not grow with the batch.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestContacts } from '../../src/lib/server/contacts/ingest';
import { createTestDatabase, type TestDatabase } from './support/database';
import { contactBody, createProgram, HOUR } from './ingest-fixtures';

let database: TestDatabase;
const now = new Date('2026-11-24T12:00:00Z');
const CHANNELS = ['phone', 'email', 'chat', 'social', 'in_person'];

beforeAll(async () => {
	database = await createTestDatabase('ingest_batch');
	await createProgram(database, { samplingPercent: 50 });
});

afterAll(async () => {
	await database.drop();
});

function batch(version: number) {
	return {
		contacts: Array.from({ length: 1000 }, (_, i) =>
			contactBody({
				externalId: `BATCH-${i}`,
				channel: CHANNELS[i % 5],
				endedAt: new Date(now.getTime() - ((i * 7) % 60) * HOUR).toISOString(),
				agent: { externalId: `A-${i % 60}`, name: `Agent ${i % 60}`, team: `Team ${i % 6}` },
				otherAgents: i % 4 === 0 ? [{ externalId: `A-${(i + 1) % 60}` }] : undefined,
				customer: i % 3 ? { externalId: `C-${i % 400}` } : { email: `klant${i % 400}@example.nl` },
				reason: `reason-${i % 25}`,
				causeDepartment: i % 10 === 0 ? 'logistics' : undefined,
				emotion: version === 1 ? 'neutral' : 'positive'
			})
		)
	};
}

async function timed(version: number) {
	const started = performance.now();
	const result = await ingestContacts(database, null, batch(version), now);
	const ms = performance.now() - started;
	expect(result.status).toBe(200);
	return { result, ms };
}

it('1,000 new contacts, then the same 1,000 again as updates', async () => {
	const first = await timed(1);
	const second = await timed(2);
	console.log(
		`1,000-contact batch: new ${first.ms.toFixed(0)} ms, re-sent ${second.ms.toFixed(0)} ms`
	);
	expect(first.ms).toBeLessThan(5000);
	expect(second.ms).toBeLessThan(5000);

	if (first.result.status !== 200 || second.result.status !== 200) return;
	expect(first.result.body.results.every((r) => r.created)).toBe(true);
	expect(
		second.result.body.results.every((r) => !r.created && r.survey.status === 'unchanged')
	).toBe(true);
	const counts = await database.pool.query<{
		contacts: number;
		invitations: number;
		positive: number;
	}>(
		`SELECT (SELECT count(*)::int FROM contact) AS contacts, (SELECT count(*)::int FROM invitation) AS invitations,
		        (SELECT count(*)::int FROM contact WHERE emotion = 'positive') AS positive`
	);
	expect(counts.rows[0]).toEqual({ contacts: 1000, invitations: 1000, positive: 1000 });
});

// The rollups follow every write as it happens: new contacts and answers count at once, a changed
// answer moves the figures, a repeat contact flips the computed FCR of the contact it repeats,
// and after every step the triggers' rows are exactly the rows a rebuild computes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestContacts } from '../../src/lib/server/contacts/ingest';
import { seedDemoData } from '../../src/lib/server/demo/seed';
import { summary } from '../../src/lib/server/metrics/dashboard';
import type { DashboardFigures } from '../../src/lib/server/metrics/dashboard-figures';
import { amsterdamDay, type ScopedFilter } from '../../src/lib/server/metrics/dashboard-filter';
import { rebuildRollups } from '../../src/lib/server/metrics/rollups';
import { saveResponse } from '../../src/lib/server/surveys/responses';
import { differences, rawFigures } from './rollup-raw-figures';
import { createTestDatabase, type TestDatabase } from './support/database';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ORGANISATION = { teams: null, agent: null };

let database: TestDatabase;

beforeAll(async () => {
	database = await createTestDatabase('rollup_maintenance');
	await seedDemoData(database.pool, { contacts: 2_000, seed: 5, now: NOW });
	// Every new contact gets an invitation, so the steps below are deterministic.
	await database.pool.query('UPDATE survey_program SET sampling_percent = 100');
}, 120_000);

afterAll(async () => {
	await database?.drop();
});

function dayFilter(at: Date, extra: Partial<ScopedFilter> = {}): ScopedFilter {
	const day = amsterdamDay(at);
	return { from: day, to: day, scope: ORGANISATION, ...extra };
}

const YEAR: ScopedFilter = { from: '2025-11-01', to: '2026-11-30', scope: ORGANISATION };

/** The rollup's figures, after checking them against the raw rows. */
async function figures(filter: ScopedFilter): Promise<DashboardFigures> {
	const rolled = (await summary(database.pool, filter, { now: NOW })).figures;
	const raw = (await rawFigures(database.pool, filter, NOW)).get(null)!;
	expect(differences(rolled, raw), JSON.stringify(filter)).toEqual([]);
	return rolled;
}

async function rollupRows(): Promise<string[]> {
	const { rows } = await database.pool.query<{ row: string }>(
		'SELECT m::text AS row FROM metrics_rollup m ORDER BY 1'
	);
	return rows.map((r) => r.row);
}

/** The triggers' rows equal a rebuild's, for the whole table and for a range of days. */
async function expectSameAsRebuild(range?: { from: string; to: string }): Promise<void> {
	const maintained = await rollupRows();
	expect(maintained.length).toBeGreaterThan(0);
	await rebuildRollups(database.pool, range);
	expect(await rollupRows()).toEqual(maintained);
}

async function ingest(body: Record<string, unknown>, now = NOW) {
	const result = await ingestContacts({ pool: database.pool }, null, body, now);
	expect(result.status).toBe(200);
	return (result.body as { results: { id: number }[] }).results[0];
}

function contact(externalId: string, customer: string, endedAt: Date, extra: object = {}) {
	return {
		externalId,
		channel: 'chat',
		endedAt: endedAt.toISOString(),
		agent: { externalId: 'AG-1001' },
		customer: { externalId: customer, email: `${customer.toLowerCase()}@example.nl`, locale: 'nl' },
		reason: 'invoice_question',
		...extra
	};
}

async function invitationOf(contactId: number) {
	const { rows } = await database.pool.query<{ id: number; sent: boolean }>(
		'SELECT id, sent_at IS NOT NULL AS sent FROM invitation WHERE contact_id = $1',
		[contactId]
	);
	return rows[0];
}

describe('rollup maintenance', () => {
	const endedAt = new Date(NOW.getTime() - HOUR);
	let first: { id: number };

	it('counts a new contact and its sent invitation at once', async () => {
		const before = await figures(dayFilter(endedAt));
		first = await ingest(contact('RM-1', 'RM-CUSTOMER-1', endedAt));
		const after = await figures(dayFilter(endedAt));
		expect(after.contacts).toBe(before.contacts + 1);
		expect((await invitationOf(first.id)).sent).toBe(true);
		expect(after.responseRate.n).toBe(before.responseRate.n + 1);
		await expectSameAsRebuild();
	});

	it('counts an answer, and moves the figures when the answer changes (CSAT 2 → 5)', async () => {
		const invitation = await invitationOf(first.id);
		const before = await figures(dayFilter(endedAt));
		await saveResponse(database.pool, invitation.id, { csat: 2, nps: 3 }, NOW);
		const answered = await figures(dayFilter(endedAt));
		expect(answered.responses).toBe(before.responses + 1);
		expect(answered.csat.n).toBe(before.csat.n + 1);
		expect(answered.csat.satisfied).toBe(before.csat.satisfied);
		expect(answered.nps.detractors).toBe(before.nps.detractors + 1);
		expect(answered.responseRate.k).toBe(before.responseRate.k + 1);

		await saveResponse(database.pool, invitation.id, { csat: 5 }, NOW);
		const changed = await figures(dayFilter(endedAt));
		expect(changed.csat.n).toBe(answered.csat.n);
		expect(changed.csat.satisfied).toBe(answered.csat.satisfied + 1);
		expect(changed.csat.mean.value).toBeCloseTo(
			(answered.csat.mean.value! * answered.csat.n + 3) / answered.csat.n,
			9
		);
		expect(changed.nps.detractors).toBe(answered.nps.detractors);
		await expectSameAsRebuild();
	});

	it('flips the computed FCR of a contact when a later contact repeats it', async () => {
		const earlier = new Date(NOW.getTime() - 10 * DAY);
		const later = new Date(earlier.getTime() + 2 * DAY);
		const both: ScopedFilter = {
			from: amsterdamDay(earlier),
			to: amsterdamDay(later),
			scope: ORGANISATION
		};
		await ingest(contact('RM-2', 'RM-CUSTOMER-2', earlier));
		const before = await figures(both);
		await ingest(contact('RM-3', 'RM-CUSTOMER-2', later, { channel: 'phone' }));
		const after = await figures(both);
		// RM-2 is now repeated; RM-3 itself is closed, resolved, and a channel switch.
		expect(after.fcrComputed.n).toBe(before.fcrComputed.n + 1);
		expect(after.fcrComputed.k).toBe(before.fcrComputed.k);
		expect(after.repeatContactRate.k).toBe(before.repeatContactRate.k + 1);
		expect(after.channelSwitchRate.k).toBe(before.channelSwitchRate.k + 1);
		await expectSameAsRebuild();
	});

	it("moves a customer's contacts when the customer's language changes", async () => {
		const english: ScopedFilter = { ...YEAR, locales: ['en'] };
		const before = await figures(english);
		await ingest({
			...contact('RM-4', 'RM-CUSTOMER-2', endedAt),
			customer: { externalId: 'RM-CUSTOMER-2', locale: 'en' }
		});
		const after = await figures(english);
		expect(after.contacts).toBe(before.contacts + 3);
		await figures({ ...YEAR, locales: ['nl'] });
		await expectSameAsRebuild();
	});

	it('counts an invitation in the response rate once it is sent', async () => {
		// E-mail invitations wait for the dispatcher; chat links count as sent at once.
		const { id } = await ingest(contact('RM-5', 'RM-CUSTOMER-3', endedAt, { channel: 'email' }));
		const invitation = await invitationOf(id);
		expect(invitation.sent).toBe(false);
		const before = await figures(dayFilter(endedAt));
		await database.pool.query(
			`UPDATE invitation SET status = 'sent', sent_at = $2, attempts = 1 WHERE id = $1`,
			[invitation.id, NOW]
		);
		expect((await figures(dayFilter(endedAt))).responseRate.n).toBe(before.responseRate.n + 1);
		await expectSameAsRebuild();
	});

	it('moves a re-sent contact with a corrected end to its new day, invitation and all', async () => {
		const corrected = new Date(endedAt.getTime() - 3 * DAY);
		const oldDay = await figures(dayFilter(endedAt));
		const newDay = await figures(dayFilter(corrected));
		await ingest(contact('RM-1', 'RM-CUSTOMER-1', corrected));
		const oldAfter = await figures(dayFilter(endedAt));
		const newAfter = await figures(dayFilter(corrected));
		expect(oldAfter.contacts).toBe(oldDay.contacts - 1);
		expect(newAfter.contacts).toBe(newDay.contacts + 1);
		expect(newAfter.responseRate.n).toBe(newDay.responseRate.n + 1);
		// The answer keeps the period of the contact as it was answered (response snapshot).
		expect(oldAfter.responses).toBe(oldDay.responses);
		await expectSameAsRebuild({ from: amsterdamDay(corrected), to: amsterdamDay(endedAt) });
	});

	it('takes deleted answers, invitations and contacts out', async () => {
		const before = await figures(YEAR);
		const pick = async (sql: string) => (await database.pool.query<{ id: number }>(sql)).rows[0].id;
		const response = await pick('SELECT id FROM response ORDER BY id LIMIT 1');
		await database.pool.query('DELETE FROM response WHERE id = $1', [response]);
		const invitation = await pick('SELECT invitation_id AS id FROM response ORDER BY id LIMIT 1');
		await database.pool.query('DELETE FROM invitation WHERE id = $1', [invitation]);
		const withAnswer = await pick(
			// Repeated by a contact on the same channel: its repeat_of_id is set to NULL by the
			// foreign key, which is an update of another contact (a switch could not lose its link).
			`SELECT c.id FROM contact c JOIN response r ON r.contact_id = c.id
			  WHERE EXISTS (SELECT 1 FROM contact x WHERE x.repeat_of_id = c.id AND NOT x.channel_switch)
			  ORDER BY c.id LIMIT 1`
		);
		await database.pool.query('DELETE FROM contact WHERE id = $1', [withAnswer]);
		const after = await figures(YEAR);
		expect(after.responses).toBe(before.responses - 3);
		expect(after.contacts).toBe(before.contacts - 1);
		await expectSameAsRebuild();
	});

	it('starts over after TRUNCATE, which fires no row triggers', async () => {
		await database.pool.query('TRUNCATE response CASCADE');
		const after = await figures(YEAR);
		expect(after.responses).toBe(0);
		expect(after.contacts).toBeGreaterThan(0);
		await expectSameAsRebuild();
	});

	it('refuses a rebuild range that is not a range of days', async () => {
		await expect(rebuildRollups(database.pool, { from: '2026-13-01' })).rejects.toThrow(RangeError);
		await expect(
			rebuildRollups(database.pool, { from: '2026-11-02', to: '2026-11-01' })
		).rejects.toThrow(/must not be after/);
	});
});

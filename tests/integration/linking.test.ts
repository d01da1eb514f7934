// Repeat-contact and channel-switch links (shared/METRICS.md) as the ingest stores them, also
// when contacts arrive late or are re-sent with other details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestContacts } from '../../src/lib/server/contacts/ingest';
import { createTestDatabase, type TestDatabase } from './support/database';
import { contactBody, DAY, HOUR } from './ingest-fixtures';

let database: TestDatabase;
const t0 = Date.parse('2026-11-02T09:00:00Z');
let customerSerial = 0;

beforeAll(async () => {
	database = await createTestDatabase('linking');
});

afterAll(async () => {
	await database.drop();
});

type Sent = { id: string; at: number; channel?: string; reason?: string | null; customer?: string };

/** A fresh customer per test keeps the groups of different tests apart. */
function newCustomer(): string {
	return `C-link-${++customerSerial}`;
}

async function send(customer: string, ...contacts: Sent[]) {
	const result = await ingestContacts(database, null, {
		contacts: contacts.map((c) =>
			contactBody({
				externalId: c.id,
				channel: c.channel ?? 'phone',
				endedAt: new Date(c.at).toISOString(),
				reason: c.reason === undefined ? 'delivery' : c.reason,
				customer: { externalId: c.customer ?? customer }
			})
		)
	});
	expect(result.status).toBe(200);
}

/** externalId → [repeats externalId, repeated, channel switch] for the given contacts. */
async function links(...externalIds: string[]) {
	const { rows } = await database.pool.query<{
		external_id: string;
		repeats: string | null;
		repeated: boolean;
		channel_switch: boolean;
	}>(
		`SELECT c.external_id, p.external_id AS repeats, c.repeated, c.channel_switch
		   FROM contact c LEFT JOIN contact p ON p.id = c.repeat_of_id
		  WHERE c.external_id = ANY($1::text[])`,
		[externalIds]
	);
	return Object.fromEntries(
		rows.map((r) => [r.external_id, [r.repeats, r.repeated, r.channel_switch]])
	);
}

describe('linking repeat contacts', () => {
	it('in order: each contact repeats the one just before it within 7 days', async () => {
		const c = newCustomer();
		await send(c, { id: 'IO-1', at: t0 });
		await send(c, { id: 'IO-2', at: t0 + 2 * DAY });
		await send(c, { id: 'IO-3', at: t0 + 10 * DAY });
		expect(await links('IO-1', 'IO-2', 'IO-3')).toEqual({
			'IO-1': [null, true, false],
			'IO-2': ['IO-1', false, false],
			'IO-3': [null, false, false]
		});
	});

	it('out of order: a late middle contact re-links its neighbours', async () => {
		const c = newCustomer();
		await send(c, { id: 'OO-1', at: t0 });
		await send(c, { id: 'OO-3', at: t0 + 4 * DAY });
		expect(await links('OO-1', 'OO-3')).toEqual({
			'OO-1': [null, true, false],
			'OO-3': ['OO-1', false, false]
		});
		await send(c, { id: 'OO-2', at: t0 + 2 * DAY, channel: 'email' });
		expect(await links('OO-1', 'OO-2', 'OO-3')).toEqual({
			'OO-1': [null, true, false],
			'OO-2': ['OO-1', true, true],
			'OO-3': ['OO-2', false, true]
		});
	});

	it('a late contact before the first one of a group', async () => {
		const c = newCustomer();
		await send(c, { id: 'LF-2', at: t0 + 3 * DAY });
		await send(c, { id: 'LF-1', at: t0 });
		expect(await links('LF-1', 'LF-2')).toEqual({
			'LF-1': [null, true, false],
			'LF-2': ['LF-1', false, false]
		});
	});

	it('out of order within one batch', async () => {
		const c = newCustomer();
		await send(
			c,
			{ id: 'OB-3', at: t0 + 6 * DAY },
			{ id: 'OB-1', at: t0 },
			{ id: 'OB-2', at: t0 + 5 * DAY }
		);
		expect(await links('OB-1', 'OB-2', 'OB-3')).toEqual({
			'OB-1': [null, true, false],
			'OB-2': ['OB-1', true, false],
			'OB-3': ['OB-2', false, false]
		});
	});

	it('exactly 7 × 24 h later is a repeat contact', async () => {
		const c = newCustomer();
		await send(c, { id: 'EX-1', at: t0 }, { id: 'EX-2', at: t0 + 7 * DAY });
		expect(await links('EX-1', 'EX-2')).toEqual({
			'EX-1': [null, true, false],
			'EX-2': ['EX-1', false, false]
		});
	});

	it('7 × 24 h and 1 ms later is not', async () => {
		const c = newCustomer();
		await send(c, { id: 'EY-1', at: t0 }, { id: 'EY-2', at: t0 + 7 * DAY + 1 });
		expect(await links('EY-1', 'EY-2')).toEqual({
			'EY-1': [null, false, false],
			'EY-2': [null, false, false]
		});
	});

	it('a repeat on another channel is a channel switch', async () => {
		const c = newCustomer();
		await send(
			c,
			{ id: 'CS-1', at: t0, channel: 'phone' },
			{ id: 'CS-2', at: t0 + HOUR, channel: 'chat' },
			{ id: 'CS-3', at: t0 + 2 * HOUR, channel: 'chat' }
		);
		expect(await links('CS-1', 'CS-2', 'CS-3')).toEqual({
			'CS-1': [null, true, false],
			'CS-2': ['CS-1', true, true],
			'CS-3': ['CS-2', false, false]
		});
	});

	it('different reasons, other customers and contacts without a reason never link', async () => {
		const c = newCustomer();
		await send(
			c,
			{ id: 'DR-1', at: t0, reason: 'delivery' },
			{ id: 'DR-2', at: t0 + HOUR, reason: 'invoice' },
			{ id: 'DR-3', at: t0 + 2 * HOUR, reason: null },
			{ id: 'DR-4', at: t0 + 3 * HOUR, reason: null },
			{ id: 'DR-5', at: t0 + 4 * HOUR, reason: 'delivery', customer: newCustomer() }
		);
		const stored = await links('DR-1', 'DR-2', 'DR-3', 'DR-4', 'DR-5');
		for (const id of ['DR-1', 'DR-2', 'DR-3', 'DR-4', 'DR-5'])
			expect(stored[id]).toEqual([null, false, false]);
	});

	it('contacts ending at the same moment are ordered by id', async () => {
		const c = newCustomer();
		await send(c, { id: 'TI-1', at: t0 });
		await send(c, { id: 'TI-2', at: t0 });
		// Re-sent on another channel, the first one's row (and index entries) now come after the
		// second's on disk: the order must still be by id.
		await send(c, { id: 'TI-1', at: t0, channel: 'email' });
		expect(await links('TI-1', 'TI-2')).toEqual({
			'TI-1': [null, true, false],
			'TI-2': ['TI-1', false, true]
		});
	});
});

describe('re-sent contacts', () => {
	it('moving to another reason un-links it from the old group and links it in the new one', async () => {
		const c = newCustomer();
		await send(
			c,
			{ id: 'MV-1', at: t0 },
			{ id: 'MV-2', at: t0 + DAY },
			{ id: 'MV-3', at: t0 + 2 * DAY }
		);
		await send(c, { id: 'MV-9', at: t0 + 2 * DAY + HOUR, reason: 'invoice' });
		await send(c, { id: 'MV-2', at: t0 + 2 * DAY + 2 * HOUR, reason: 'invoice', channel: 'email' });
		expect(await links('MV-1', 'MV-2', 'MV-3', 'MV-9')).toEqual({
			'MV-1': [null, true, false],
			'MV-3': ['MV-1', false, false],
			'MV-9': [null, true, false],
			'MV-2': ['MV-9', false, true]
		});
	});

	it('losing its reason un-links it', async () => {
		const c = newCustomer();
		await send(c, { id: 'NR-1', at: t0 }, { id: 'NR-2', at: t0 + DAY });
		await send(c, { id: 'NR-2', at: t0 + DAY, reason: null });
		expect(await links('NR-1', 'NR-2')).toEqual({
			'NR-1': [null, false, false],
			'NR-2': [null, false, false]
		});
	});

	it('moving to another customer un-links it', async () => {
		const c = newCustomer();
		await send(c, { id: 'MC-1', at: t0 }, { id: 'MC-2', at: t0 + DAY });
		await send(c, { id: 'MC-2', at: t0 + DAY, customer: newCustomer() });
		expect(await links('MC-1', 'MC-2')).toEqual({
			'MC-1': [null, false, false],
			'MC-2': [null, false, false]
		});
	});

	it('a corrected end time moves it out of the window', async () => {
		const c = newCustomer();
		await send(c, { id: 'ET-1', at: t0 }, { id: 'ET-2', at: t0 + DAY });
		await send(c, { id: 'ET-2', at: t0 + 9 * DAY });
		expect(await links('ET-1', 'ET-2')).toEqual({
			'ET-1': [null, false, false],
			'ET-2': [null, false, false]
		});
	});
});

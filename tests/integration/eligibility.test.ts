// The survey decision as the ingest stores it: one invitation row per new contact, scheduled
// (with exact times) or suppressed by the first rule that applies.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestContacts } from '../../src/lib/server/contacts/ingest';
import { config } from '../../src/lib/server/env';
import { samplingBucket } from '../../src/lib/server/surveys/eligibility';
import { createTestDatabase, type TestDatabase } from './support/database';
import { contactBody, createProgram, DAY, HOUR, type ContactBody } from './ingest-fixtures';

let database: TestDatabase;
const now = new Date('2026-11-24T12:00:00Z');
const MINUTE = 60_000;
let serial = 0;

beforeAll(async () => {
	database = await createTestDatabase('eligibility');
});

afterAll(async () => {
	await database.drop();
});

beforeEach(async () => {
	await database.pool.query('DELETE FROM survey_program');
});

const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

async function ingest(body: unknown) {
	const result = await ingestContacts(database, null, body, now);
	if (result.status !== 200) throw new Error(`ingest failed: ${JSON.stringify(result.body)}`);
	return result.body.results;
}

async function invitationOf(externalId: string) {
	return database.prisma.invitation.findFirstOrThrow({ where: { contact: { externalId } } });
}

/** A contact of a customer no other case uses. */
function freshContact(overrides: ContactBody = {}): ContactBody {
	serial += 1;
	return contactBody({
		externalId: `E-${serial}`,
		endedAt: ago(HOUR),
		customer: { externalId: `C-elig-${serial}`, email: `klant${serial}@example.nl` },
		...overrides
	});
}

function externalIdInBucket(atLeast: number): string {
	for (let i = 0; ; i++) if (samplingBucket(`S-${i}`) >= atLeast) return `S-${i}`;
}

type Case = {
	name: string;
	reason: string;
	setup: () => Promise<ContactBody>;
};

const suppressions: Case[] = [
	{
		name: 'survey: false',
		reason: 'disabled',
		setup: async () => {
			await createProgram(database);
			return freshContact({ survey: false });
		}
	},
	{
		name: 'no active program',
		reason: 'no_program',
		setup: async () => {
			await createProgram(database, { active: false });
			return freshContact();
		}
	},
	{
		name: 'program for other channels',
		reason: 'no_program',
		setup: async () => {
			await createProgram(database, { channels: ['email', 'chat'] });
			return freshContact({ channel: 'phone' });
		}
	},
	{
		name: 'program for another reason',
		reason: 'no_program',
		setup: async () => {
			const reason = await database.prisma.contactReason.create({
				data: { code: `only-this-${serial}`, nameNl: 'x', nameEn: 'x' }
			});
			await createProgram(database, { reasons: { create: [{ reasonId: reason.id }] } });
			return freshContact({ reason: 'something-else' });
		}
	},
	{
		name: 'customer opted out',
		reason: 'opted_out',
		setup: async () => {
			await createProgram(database);
			const body = freshContact();
			const customer = body.customer as { externalId: string; email: string };
			await database.prisma.customer.create({
				data: { ...customer, optedOutAt: new Date(now.getTime() - DAY) }
			});
			return body;
		}
	},
	{
		name: 'phone contact of a customer without e-mail address',
		reason: 'no_address',
		setup: async () => {
			await createProgram(database);
			return freshContact({ customer: { externalId: `C-noaddr-${serial}` } });
		}
	},
	{
		name: 'contact older than the maximum age',
		reason: 'too_old',
		setup: async () => {
			await createProgram(database, { maxContactAgeHours: 48 });
			return freshContact({ endedAt: ago(48 * HOUR + 1) });
		}
	},
	{
		name: 'customer invited by e-mail 10 days ago (last_invited_at)',
		reason: 'fatigue',
		setup: async () => {
			await createProgram(database, { fatigueDays: 14 });
			const body = freshContact();
			const customer = body.customer as { externalId: string; email: string };
			await database.prisma.customer.create({
				data: { ...customer, lastInvitedAt: new Date(now.getTime() - 10 * DAY) }
			});
			return body;
		}
	},
	{
		name: 'invitation sent 20 days ago and since expired, on another channel',
		reason: 'fatigue',
		setup: async () => {
			await createProgram(database, { fatigueDays: 30 });
			const earlier = freshContact({ channel: 'email', endedAt: ago(20 * DAY) });
			await ingestContacts(database, null, earlier, new Date(now.getTime() - 20 * DAY));
			await database.prisma.invitation.updateMany({
				where: { contact: { externalId: earlier.externalId as string } },
				data: { status: 'expired', sentAt: new Date(now.getTime() - 20 * DAY) }
			});
			return freshContact({ channel: 'phone', customer: earlier.customer });
		}
	},
	{
		name: 'contact outside the sample',
		reason: 'sampled_out',
		setup: async () => {
			await createProgram(database, { samplingPercent: 40 });
			return freshContact({ externalId: externalIdInBucket(40) });
		}
	}
];

describe('suppressed, and why', () => {
	it.each(suppressions.map((c) => [c.name, c] as const))('%s', async (_, testCase) => {
		const body = await testCase.setup();
		const [result] = await ingest(body);
		expect(result.survey).toEqual({ status: 'suppressed', reason: testCase.reason });
		const invitation = await invitationOf(body.externalId as string);
		expect(invitation).toMatchObject({
			status: 'suppressed',
			suppressionReason: testCase.reason,
			sendAt: null,
			sentAt: null
		});
	});
});

describe('scheduled', () => {
	it('by e-mail after the delay, with exact expiry and reminder, and the contact snapshot', async () => {
		const programId = await createProgram(database, {
			delayMinutes: 90,
			expiryDays: 10,
			reminderAfterDays: 4
		});
		const body = freshContact({
			endedAt: ago(30 * MINUTE),
			channel: 'in_person',
			reason: 'snapshot-reason',
			customer: { externalId: `C-en-${serial}`, email: 'english@example.com', locale: 'en' }
		});
		const [result] = await ingest(body);
		const sendAt = new Date(now.getTime() + 60 * MINUTE);
		expect(result.survey).toEqual({ status: 'scheduled', sendAt: sendAt.toISOString() });
		const contact = await database.prisma.contact.findUniqueOrThrow({
			where: { externalId: body.externalId as string }
		});
		expect(await invitationOf(body.externalId as string)).toMatchObject({
			status: 'scheduled',
			suppressionReason: null,
			programId,
			customerId: contact.customerId,
			agentId: contact.agentId,
			teamId: contact.teamId,
			channel: 'in_person',
			reasonId: contact.reasonId,
			locale: 'en',
			sendAt,
			sentAt: null,
			expiresAt: new Date(sendAt.getTime() + 10 * DAY),
			reminderAt: new Date(sendAt.getTime() + 4 * DAY)
		});
		expect(contact.reasonId).not.toBeNull();
	});

	it('right away when the delay has passed, without reminder when the program has none', async () => {
		await createProgram(database, { delayMinutes: 30, reminderAfterDays: null, expiryDays: 7 });
		const body = freshContact({ endedAt: ago(5 * HOUR) });
		const [result] = await ingest(body);
		expect(result.survey).toEqual({ status: 'scheduled', sendAt: now.toISOString() });
		expect(await invitationOf(body.externalId as string)).toMatchObject({
			sendAt: now,
			reminderAt: null,
			expiresAt: new Date(now.getTime() + 7 * DAY)
		});
	});

	it.each(['chat', 'social'])(
		'%s: sent at once and the link returned, no e-mail address needed',
		async (channel) => {
			await createProgram(database, { delayMinutes: 30 });
			const body = freshContact({ channel, customer: { externalId: `C-link-${serial}` } });
			const [result] = await ingest(body);
			const invitation = await invitationOf(body.externalId as string);
			expect(result.survey).toEqual({
				status: 'scheduled',
				sendAt: now.toISOString(),
				url: `${config().origin}/s/${invitation.token}`
			});
			expect(invitation).toMatchObject({
				status: 'sent',
				sendAt: now,
				sentAt: now,
				reminderAt: null
			});
			expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			const customer = await database.prisma.customer.findUniqueOrThrow({
				where: { id: invitation.customerId }
			});
			expect(customer.lastInvitedAt).toEqual(now);
		}
	);

	it('the matching program with the lowest priority number decides', async () => {
		const reason = await database.prisma.contactReason.create({
			data: { code: 'priority-reason', nameNl: 'x', nameEn: 'x' }
		});
		const general = await createProgram(database, { priority: 50, delayMinutes: 0 });
		const specific = await createProgram(database, {
			priority: 10,
			delayMinutes: 120,
			reasons: { create: [{ reasonId: reason.id }] }
		});
		await createProgram(database, { priority: 1, channels: ['email'] });
		const a = freshContact({ reason: 'priority-reason', endedAt: now.toISOString() });
		const b = freshContact({ reason: 'other-reason', endedAt: now.toISOString() });
		const [ra, rb] = await ingest({ contacts: [a, b] });
		expect(ra.survey).toEqual({
			status: 'scheduled',
			sendAt: new Date(now.getTime() + 120 * MINUTE).toISOString()
		});
		expect(rb.survey).toEqual({ status: 'scheduled', sendAt: now.toISOString() });
		expect((await invitationOf(a.externalId as string)).programId).toBe(specific);
		expect((await invitationOf(b.externalId as string)).programId).toBe(general);
	});

	it('two contacts of one customer in one batch: the second meets the fatigue rule', async () => {
		await createProgram(database);
		const first = freshContact();
		const second = freshContact({ channel: 'email', customer: first.customer });
		const [r1, r2] = await ingest({ contacts: [first, second] });
		expect(r1.survey.status).toBe('scheduled');
		expect(r2.survey).toEqual({ status: 'suppressed', reason: 'fatigue' });
	});

	it('a customer last invited longer ago than fatigueDays is surveyed again', async () => {
		await createProgram(database, { fatigueDays: 30 });
		const body = freshContact();
		const customer = body.customer as { externalId: string; email: string };
		await database.prisma.customer.create({
			data: { ...customer, lastInvitedAt: new Date(now.getTime() - 30 * DAY - 1) }
		});
		const [result] = await ingest(body);
		expect(result.survey.status).toBe('scheduled');
	});
});

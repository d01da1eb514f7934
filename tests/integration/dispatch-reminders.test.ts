// Reminders, expiry and late opt-outs. The dispatcher is given the moment to run at, so days
// pass in milliseconds.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchDue } from '../../src/lib/server/jobs/dispatch';
import { sendReminder } from '../../src/lib/server/jobs/invitation-send';
import {
	answer,
	createInvitation,
	createWorld,
	DAY,
	testContext,
	type InvitationFields,
	type World
} from './dispatch-fixtures';
import { createTestDatabase, type TestDatabase } from './support/database';
import { startSmtpServer, type TestSmtpServer } from './support/smtp';

let database: TestDatabase;
let smtp: TestSmtpServer;
let world: World;
const t0 = Date.now();
const at = (ms: number) => new Date(t0 + ms);

beforeAll(async () => {
	database = await createTestDatabase('reminders');
	world = await createWorld(database);
});

afterAll(async () => {
	await database.drop();
});

beforeEach(async () => {
	smtp = await startSmtpServer();
});

afterEach(async () => {
	await smtp.close();
	await database.pool.query('DELETE FROM response; DELETE FROM invitation');
});

const row = (id: number) => database.prisma.invitation.findUniqueOrThrow({ where: { id } });
const run = (moment: Date) => dispatchDue(testContext(database, smtp), moment);

/** An invitation e-mailed at t0 with a reminder three days later. */
function sentAtT0(fields: InvitationFields = {}) {
	return createInvitation(database, world, {
		status: 'sent',
		sendAt: at(0),
		sentAt: at(0),
		reminderAt: at(3 * DAY),
		expiresAt: at(14 * DAY),
		...fields
	});
}

describe('reminders', () => {
	it('sends one reminder once its time has come, to a customer who has not answered', async () => {
		const invitation = await sentAtT0();

		await run(at(2 * DAY));
		expect(smtp.messages).toHaveLength(0);

		await run(at(3 * DAY + 60_000));
		expect(smtp.messages).toHaveLength(1);
		expect(smtp.messages[0].messageId).toMatch(new RegExp(`^<reminder-${invitation.id}-`));
		expect(smtp.messages[0].subject).toBe('Nog even: hoe was je gesprek met Sanne?');
		const reminded = await row(invitation.id);
		expect(reminded.reminderSentAt).toEqual(at(3 * DAY + 60_000));
		expect(reminded.reminderAttempts).toBe(1);
		expect(reminded.status).toBe('sent');

		await run(at(3 * DAY + 120_000));
		await run(at(6 * DAY));
		expect(smtp.messages).toHaveLength(1);
	});

	it('sends no reminder when the customer already answered', async () => {
		const invitation = await sentAtT0();
		await answer(database, invitation);

		await run(at(3 * DAY + 60_000));
		expect(smtp.attempts()).toBe(0);
		expect((await row(invitation.id)).reminderSentAt).toBeNull();
	});

	it('sends no reminder after the invitation expired, and marks it expired', async () => {
		const invitation = await sentAtT0({ expiresAt: at(2 * DAY) });

		// Also when asked directly, before any dispatcher run has marked it expired.
		const direct = await sendReminder(testContext(database, smtp), invitation.id, at(3 * DAY));
		expect(direct.result).toBe('skipped');
		await run(at(3 * DAY + 60_000));
		expect(smtp.attempts()).toBe(0);
		const expired = await row(invitation.id);
		expect(expired.status).toBe('expired');
		expect(expired.reminderSentAt).toBeNull();
	});

	it('keeps the reminder its distance from an invitation that went out late', async () => {
		// Planned for t0 but sent two days late (mail server down): the reminder waits for t0 + 5 d.
		const invitation = await sentAtT0({ sentAt: at(2 * DAY) });

		await run(at(3 * DAY + 60_000));
		expect(smtp.messages).toHaveLength(0);
		await run(at(5 * DAY + 60_000));
		expect(smtp.messages).toHaveLength(1);
		expect((await row(invitation.id)).reminderSentAt).not.toBeNull();
	});

	it('sends no second reminder when its sender died mid-send', async () => {
		const invitation = await sentAtT0();
		const claimedAt = at(3 * DAY + 60_000);
		await database.prisma.invitation.update({
			where: { id: invitation.id },
			data: { reminderClaimedAt: claimedAt, reminderAttempts: 1 }
		});

		expect((await run(at(3 * DAY + 2 * 60_000))).due).toHaveLength(0);
		const result = await run(at(3 * DAY + 10 * 60_000));
		expect(result.outcomeUnknown).toBe(1);
		const settled = await row(invitation.id);
		expect(settled.reminderSentAt).toEqual(claimedAt);
		expect(settled.lastError).toMatch(/^Reminder: outcome unknown/);
		await run(at(4 * DAY));
		expect(smtp.attempts()).toBe(0);
	});

	it('drops only the reminder when the server keeps refusing it', async () => {
		const context = testContext(database, smtp, {
			retry: { maxAttempts: 2, baseDelayMs: 1_000, maxDelayMs: 1_000 }
		});
		const invitation = await sentAtT0();
		smtp.refuseNext('permanent', 'permanent');

		await dispatchDue(context, at(3 * DAY));
		await dispatchDue(context, at(3 * DAY + 5_000));
		const dropped = await row(invitation.id);
		expect(dropped.status).toBe('sent');
		expect(dropped.reminderAt).toBeNull();
		expect(dropped.lastError).toMatch(/^Reminder: not sent after 2 attempts/);
		await dispatchDue(context, at(4 * DAY));
		expect(smtp.attempts()).toBe(2);
	});

	it('never e-mails a reminder for a chat invitation', async () => {
		await sentAtT0({ channel: 'chat' });
		await run(at(3 * DAY + 60_000));
		expect(smtp.attempts()).toBe(0);
	});
});

describe('expiry and opt-out', () => {
	it('expires open invitations past their expiry and keeps their responses', async () => {
		const answered = await sentAtT0();
		await answer(database, answered, 5);
		const neverSent = await createInvitation(database, world, {
			sendAt: at(0),
			expiresAt: at(DAY)
		});
		const stillOpen = await sentAtT0({ expiresAt: at(20 * DAY) });

		const result = await run(at(15 * DAY));
		// The one still open gets its reminder; only the other two expire.
		expect(result.expired).toBe(2);
		expect((await row(answered.id)).status).toBe('expired');
		expect((await row(answered.id)).sentAt).toEqual(at(0));
		expect(await database.prisma.response.count({ where: { invitationId: answered.id } })).toBe(1);
		const unsent = await row(neverSent.id);
		expect(unsent.status).toBe('expired');
		expect(unsent.sentAt).toBeNull();
		expect((await row(stillOpen.id)).status).toBe('sent');
		expect(smtp.messages.map((m) => m.messageId)).toEqual([
			expect.stringMatching(new RegExp(`^<reminder-${stillOpen.id}-`))
		]);
	});

	it('suppresses a scheduled invitation when the customer opted out or has no address', async () => {
		const optedOut = await createInvitation(database, world, { optedOutAt: at(-60_000) });
		const noAddress = await createInvitation(database, world, { email: null });

		const result = await run(at(0));
		expect(result.suppressed).toBe(2);
		expect(await row(optedOut.id)).toMatchObject({
			status: 'suppressed',
			suppressionReason: 'opted_out'
		});
		expect(await row(noAddress.id)).toMatchObject({
			status: 'suppressed',
			suppressionReason: 'no_address'
		});
		expect(smtp.attempts()).toBe(0);
	});
});

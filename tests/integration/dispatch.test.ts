// Survey e-mail delivery against a real SMTP server: retries while the server refuses, never a
// second e-mail after a crash or an uncertain send, several dispatchers at once, and the
// pg-boss workers end to end.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatchDue } from '../../src/lib/server/jobs/dispatch';
import { sendInvitation } from '../../src/lib/server/jobs/invitation-send';
import { startWorkers, stopWorkers, wakeDispatcher } from '../../src/lib/server/jobs/queue';
import {
	createInvitation,
	createWorld,
	testContext,
	waitFor,
	type CreatedInvitation,
	type World
} from './dispatch-fixtures';
import { createTestDatabase, type TestDatabase } from './support/database';
import { startSmtpServer, type TestSmtpServer } from './support/smtp';

let database: TestDatabase;
let smtp: TestSmtpServer;
let world: World;

beforeAll(async () => {
	database = await createTestDatabase('dispatch');
	world = await createWorld(database);
});

afterAll(async () => {
	await database.drop();
});

// A fresh server per test: its message list is what each test counts; and no invitation of
// one test is left for the next test's dispatcher.
afterEach(async () => {
	await stopWorkers();
	await smtp?.close();
	await database.pool.query('DELETE FROM response; DELETE FROM invitation');
});

async function freshServer() {
	smtp = await startSmtpServer();
	return smtp;
}

const invitationRow = (id: number) =>
	database.prisma.invitation.findUniqueOrThrow({ where: { id } });
const idsOf = (messageIds: string[]) =>
	messageIds.map((m) => Number(m.match(/invitation-(\d+)-/)?.[1]));

describe('sending survey invitations', () => {
	it('delivers every invitation exactly once while the server first refuses (4xx, 5xx, dropped connection)', async () => {
		await freshServer();
		const invitations: CreatedInvitation[] = [];
		for (let i = 0; i < 4; i++) invitations.push(await createInvitation(database, world));
		smtp.refuseNext('temporary', 'permanent', 'drop');

		await startWorkers(database.url, {
			context: testContext(database, smtp),
			cron: null,
			pollingIntervalSeconds: 0.5,
			sendWorkers: 2
		});
		await wakeDispatcher();
		const ids = invitations.map((i) => i.id);
		const rows = await waitFor(
			() => database.prisma.invitation.findMany({ where: { id: { in: ids } } }),
			(found) => found.every((row) => row.status === 'sent')
		);

		expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
		expect(smtp.pendingRefusals()).toBe(0);
		expect(smtp.attempts()).toBe(7);
		expect(rows.reduce((sum, row) => sum + row.attempts, 0)).toBe(7);
		expect(rows.every((row) => row.lastError === null && row.sendClaimedAt !== null)).toBe(true);
		expect(idsOf(smtp.messages.map((m) => m.messageId)).sort()).toEqual([...ids].sort());

		// More dispatcher runs, queued and direct, find nothing left to send.
		await wakeDispatcher();
		await dispatchDue(testContext(database, smtp));
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		expect(smtp.messages).toHaveLength(4);
		expect(smtp.attempts()).toBe(7);
	});

	it('backs off between attempts and marks the invitation failed after the last one', async () => {
		await freshServer();
		const context = testContext(database, smtp, {
			retry: { maxAttempts: 3, baseDelayMs: 10_000, maxDelayMs: 60_000 }
		});
		const invitation = await createInvitation(database, world);
		smtp.refuseNext('permanent', 'temporary', 'permanent', 'permanent');
		const t0 = Date.now();
		const at = (ms: number) => new Date(t0 + ms);

		expect((await sendInvitation(context, invitation.id, at(0))).result).toBe('retry');
		const first = await invitationRow(invitation.id);
		// 10 s ± 20 % after the first attempt.
		expect(first.retryAt!.getTime() - t0).toBeGreaterThanOrEqual(8_000);
		expect(first.retryAt!.getTime() - t0).toBeLessThanOrEqual(12_000);
		expect(first.lastError).toMatch(/^Attempt 1 failed: .*554/);

		// Not before the back-off has passed.
		expect((await dispatchDue(context, at(5_000))).due).toHaveLength(0);
		expect(smtp.attempts()).toBe(1);

		expect((await dispatchDue(context, at(12_500))).outcomes).toEqual(['retry']);
		const second = await invitationRow(invitation.id);
		expect(second.lastError).toMatch(/451/);
		// The second wait is twice the first: 20 s ± 20 %.
		expect(second.retryAt!.getTime() - (t0 + 12_500)).toBeGreaterThanOrEqual(16_000);

		expect((await dispatchDue(context, at(40_000))).outcomes).toEqual(['failed']);
		const failed = await invitationRow(invitation.id);
		expect(failed.status).toBe('failed');
		expect(failed.attempts).toBe(3);
		expect(failed.lastError).toMatch(/^Not sent after 3 attempts: .*554/);

		expect((await dispatchDue(context, at(3_600_000))).due).toHaveLength(0);
		expect(smtp.attempts()).toBe(3);
		expect(smtp.messages).toHaveLength(0);
	});

	it('sends no second e-mail when the sender died after the server accepted the first', async () => {
		await freshServer();
		const context = testContext(database, smtp);
		const invitation = await createInvitation(database, world);
		// This "process" hands the message over and then never gets to record anything.
		const dying = {
			...context,
			transport: {
				send: async (mail: Parameters<typeof context.transport.send>[0]) => {
					await context.transport.send(mail);
					await new Promise(() => undefined);
				},
				close: () => undefined
			}
		};
		void sendInvitation(dying, invitation.id);
		await waitFor(
			async () => smtp.messages.length,
			(n) => n === 1
		);
		expect(smtp.messages).toHaveLength(1);

		// While the claim is fresh nobody else may take the invitation.
		expect((await dispatchDue(context)).due).toHaveLength(0);
		expect((await sendInvitation(context, invitation.id)).result).toBe('skipped');

		const claimed = await invitationRow(invitation.id);
		expect(claimed.status).toBe('scheduled');
		const later = new Date(claimed.sendClaimedAt!.getTime() + context.claimTimeoutMs + 1_000);
		const run = await dispatchDue(context, later);
		expect(run.outcomeUnknown).toBe(1);
		expect(run.due).toHaveLength(0);

		const settled = await invitationRow(invitation.id);
		expect(settled.status).toBe('sent');
		expect(settled.sentAt).toEqual(claimed.sendClaimedAt);
		expect(settled.lastError).toMatch(/^Outcome unknown/);
		expect((await sendInvitation(context, invitation.id, later)).result).toBe('skipped');
		expect(smtp.attempts()).toBe(1);
		expect(smtp.messages).toHaveLength(1);
	});

	it('sends nothing for a claim whose sender died before sending (at most once)', async () => {
		await freshServer();
		const context = testContext(database, smtp);
		const invitation = await createInvitation(database, world);
		const claimedAt = new Date(Date.now() - context.claimTimeoutMs - 5_000);
		await database.prisma.invitation.update({
			where: { id: invitation.id },
			data: { sendClaimedAt: claimedAt, attempts: 1 }
		});

		const run = await dispatchDue(context);
		expect(run.outcomeUnknown).toBe(1);
		expect((await invitationRow(invitation.id)).status).toBe('sent');
		expect(smtp.attempts()).toBe(0);
	});

	it('does not retry when the connection broke after the whole message was handed over', async () => {
		await freshServer();
		const context = testContext(database, smtp);
		const invitation = await createInvitation(database, world);
		smtp.refuseNext('drop-after-data');

		const outcome = await sendInvitation(context, invitation.id);
		expect(outcome.result).toBe('unknown');
		expect(smtp.unacknowledged).toHaveLength(1);
		const row = await invitationRow(invitation.id);
		expect(row.status).toBe('sent');
		expect(row.lastError).toMatch(/^Outcome unknown/);

		await dispatchDue(context, new Date(Date.now() + 3_600_000));
		expect(smtp.attempts()).toBe(1);
		expect(smtp.messages).toHaveLength(0);
	});

	it('lets only one of several concurrent dispatchers send each invitation', async () => {
		await freshServer();
		const invitations: CreatedInvitation[] = [];
		for (let i = 0; i < 8; i++) invitations.push(await createInvitation(database, world));

		const runs = await Promise.all([1, 2, 3].map(() => dispatchDue(testContext(database, smtp))));

		expect(runs.flatMap((run) => run.outcomes).filter((r) => r === 'sent')).toHaveLength(8);
		expect(smtp.messages).toHaveLength(8);
		expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(8);
	});

	it('never e-mails chat or social invitations', async () => {
		await freshServer();
		const context = testContext(database, smtp);
		const chat = await createInvitation(database, world, { channel: 'chat' });
		const social = await createInvitation(database, world, { channel: 'social' });

		await dispatchDue(context);
		expect((await sendInvitation(context, chat.id)).result).toBe('skipped');
		expect((await invitationRow(social.id)).status).toBe('scheduled');
		expect(smtp.attempts()).toBe(0);
	});
});

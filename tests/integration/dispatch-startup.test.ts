// An app process started the way hooks.server.ts starts it (startApp with KS_WORKERS on) sends
// a scheduled invitation through SMTP_URL, and stops its workers with the app.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, createInvitation, waitFor } from './dispatch-fixtures';
import { adminUrl, createEmptyDatabase, dropDatabase } from './support/database';
import { startSmtpServer, type TestSmtpServer } from './support/smtp';

let smtp: TestSmtpServer;
let databaseName: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
	smtp = await startSmtpServer();
	const created = await createEmptyDatabase('startup');
	databaseName = created.name;
	// config() reads these once, on first use, which is in startApp below.
	Object.assign(process.env, {
		DATABASE_URL: created.url,
		SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
		MAIL_FROM: 'Klantstem <enquete@klantstem.example.org>',
		ORIGIN: 'https://klantstem.example.org',
		KS_DEMO: '0',
		KS_WORKERS: '1'
	});
});

afterAll(async () => {
	// A worker process may run other test files next.
	process.env = savedEnv;
	await smtp.close();
	await dropDatabase(databaseName);
});

describe('an app process with workers', () => {
	it('sends a newly scheduled invitation when woken, and stops with the app', async () => {
		const { startApp, stopApp } = await import('../../src/lib/server/startup');
		const { db } = await import('../../src/lib/server/db');
		const { wakeDispatcher } = await import('../../src/lib/server/jobs');
		await startApp();
		try {
			const world = await createWorld(db());
			const invitation = await createInvitation(db(), world);
			await wakeDispatcher();
			await waitFor(
				async () => smtp.messages.length,
				(n) => n > 0
			);

			expect(smtp.messages.map((m) => m.subject)).toEqual(['Hoe was je gesprek met Sanne?']);
			expect(smtp.messages[0].text).toContain(
				`https://klantstem.example.org/s/${invitation.token}?score=3`
			);
			const row = await db().prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
			expect(row.status).toBe('sent');
			const customer = await db().prisma.customer.findUniqueOrThrow({
				where: { id: invitation.customerId }
			});
			expect(customer.lastInvitedAt).toEqual(row.sentAt);
			const { rows } = await db().pool.query(`SELECT name, cron FROM pgboss.schedule`);
			expect(rows).toEqual([{ name: 'invitations.dispatch', cron: '* * * * *' }]);
		} finally {
			await stopApp();
		}
		// The queue's own connections are closed with the app.
		const admin = new pg.Client({ connectionString: adminUrl() });
		await admin.connect();
		const { rows } = await admin.query(
			`SELECT count(*)::int AS open FROM pg_stat_activity
			  WHERE datname = $1 AND application_name = 'klantstem-jobs'`,
			[databaseName]
		);
		await admin.end();
		expect(rows[0].open).toBe(0);
	});
});

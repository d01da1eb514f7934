// Start-up of an app process: database (embedded or DATABASE_URL), migrations, auth, demo data,
// background workers.
import { createDemoAccounts, DEMO_LOGINS, DEMO_PASSWORD } from './auth/demo-accounts';
import { startAuth } from './auth';
import { awaitDatabase, db, stopDatabase } from './db';
import { DemoSeedRefusedError, seedDemoData } from './demo/seed';
import { config } from './env';
import { startWorkers, stopWorkers } from './jobs';

/**
 * Demo data goes only into a database that is empty. seedDemoData checks that under an advisory
 * lock inside its one transaction (so a start that dies half-way leaves the database empty, and
 * two processes starting at once seed once); a database with real data is never touched. The
 * demo accounts follow; the seed's summary is kept so they can still be made on the next start
 * if this one dies in between.
 */
async function seedDemoIfEmpty(): Promise<void> {
	const { pool, prisma } = db();
	const { rows } = await pool.query<{ used: boolean }>(
		`SELECT EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM team)
		     OR EXISTS (SELECT 1 FROM contact) AS used`
	);
	if (!rows[0].used) {
		const started = Date.now();
		console.log(`Seeding demo data (${config().demoContacts} contacts)…`);
		try {
			const summary = await seedDemoData(pool, { contacts: config().demoContacts });
			await prisma.appSetting.create({
				data: {
					key: 'demo_seed',
					value: { leadTeamId: summary.leadTeamId, demoAgentId: summary.demoAgentId }
				}
			});
			console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		} catch (error) {
			if (!(error instanceof DemoSeedRefusedError)) throw error;
			// Another process seeded first.
		}
	}
	const seeded = await prisma.appSetting.findUnique({ where: { key: 'demo_seed' } });
	if (seeded && (await prisma.user.count()) === 0) {
		try {
			await createDemoAccounts(prisma, seeded.value as { leadTeamId: number; demoAgentId: number });
		} catch (error) {
			// Two processes started at once: the other one made the accounts.
			if ((await prisma.user.count()) === 0) throw error;
		}
	}
}

export async function startApp(): Promise<void> {
	const settings = config();
	const { url } = await awaitDatabase();
	await startAuth(db().prisma);
	if (settings.demo) {
		await seedDemoIfEmpty();
		const demoUsers = await db().prisma.user.count({
			where: { email: { in: DEMO_LOGINS.map((l) => l.email) } }
		});
		if (demoUsers > 0)
			console.log(
				`Demo logins (password ${DEMO_PASSWORD}): ${DEMO_LOGINS.map((l) => l.email).join(', ')}`
			);
	}
	// After seeding, so the first dispatcher run sees the demo's scheduled invitations.
	if (settings.workers) await startWorkers(url);
}

export async function stopApp(): Promise<void> {
	// Running sends finish and record their outcome before the database goes.
	await stopWorkers();
	await stopDatabase();
}

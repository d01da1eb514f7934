// Start-up of an app process: database (embedded or DATABASE_URL), migrations, auth, demo data.
import { createDemoAccounts, DEMO_LOGINS, DEMO_PASSWORD } from './auth/demo-accounts';
import { startAuth } from './auth';
import { awaitDatabase, db, stopDatabase } from './db';
import { seedDemoData } from './demo/seed';
import { config } from './env';

// Serialises the "is it empty? then seed" decision between app processes sharing a database.
const DEMO_LOCK_KEY = 724_311_906;

/**
 * Demo data goes only into a database that is empty: no users, teams or contacts. Seeding runs
 * in transactions, so a start that dies half-way leaves the database empty and the next start
 * seeds again; a database with real data is never touched.
 */
async function seedDemoIfEmpty(): Promise<boolean> {
	const { pool, prisma } = db();
	const client = await pool.connect();
	try {
		await client.query('SELECT pg_advisory_lock($1)', [DEMO_LOCK_KEY]);
		const { rows } = await client.query<{ used: boolean }>(
			`SELECT EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM team)
			     OR EXISTS (SELECT 1 FROM contact) AS used`
		);
		if (rows[0].used) return false;
		const started = Date.now();
		console.log(`Seeding demo data (${config().demoContacts} contacts)…`);
		const summary = await seedDemoData(pool, { contacts: config().demoContacts });
		await createDemoAccounts(prisma, summary);
		console.log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		return true;
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [DEMO_LOCK_KEY]).catch(() => undefined);
		client.release();
	}
}

export async function startApp(): Promise<void> {
	const settings = config();
	await awaitDatabase();
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
}

export async function stopApp(): Promise<void> {
	await stopDatabase();
}

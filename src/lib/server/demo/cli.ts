// `npm run demo:seed -- --contacts 1000000 --seed 42 [--now 2026-11-20T09:00:00Z]`
// Seeds demo data into the configured database (the embedded one under KS_DATA_DIR when
// DATABASE_URL is unset). Refuses a database that already holds contacts.
import { parseArgs } from 'node:util';
import { awaitDatabase, db, stopDatabase } from '../db/index';
import { ConfigError } from '../env';
import {
	DEFAULT_DEMO_CONTACTS,
	DEFAULT_DEMO_SEED,
	DemoSeedRefusedError,
	seedDemoData
} from './seed';

function fail(message: string): never {
	console.error(`demo:seed: ${message}`);
	process.exit(1);
}

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined) return fallback;
	const value = Number(raw.replace(/[_,]/g, ''));
	if (!Number.isInteger(value) || value < 0) fail(`--${name} must be a whole number, got "${raw}"`);
	return value;
}

function readOptions() {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				contacts: { type: 'string' },
				seed: { type: 'string' },
				now: { type: 'string' }
			}
		}));
	} catch (error) {
		fail((error as Error).message);
	}
	const now = values.now === undefined ? new Date() : new Date(values.now);
	if (Number.isNaN(now.getTime())) fail(`--now must be an ISO 8601 date, got "${values.now}"`);
	return {
		contacts: wholeNumber('contacts', values.contacts, DEFAULT_DEMO_CONTACTS),
		seed: wholeNumber('seed', values.seed, DEFAULT_DEMO_SEED),
		now
	};
}

async function main(): Promise<void> {
	const options = readOptions();
	const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
	const started = performance.now();
	await awaitDatabase();
	console.log(`Database ready in ${seconds(started)} s`);
	const { pool } = db();
	const { rows } = await pool.query('SELECT EXISTS (SELECT 1 FROM contact) AS has_contacts');
	if (rows[0].has_contacts)
		throw new DemoSeedRefusedError(
			'the database already holds contacts; demo data is only seeded into an empty database'
		);
	console.log(
		`Seeding ${options.contacts.toLocaleString('en')} contacts (seed ${options.seed}, year ending ${options.now.toISOString()})`
	);
	const seeding = performance.now();
	let lastShown = -1;
	const summary = await seedDemoData(pool, {
		...options,
		onProgress: (done, total) => {
			const percent = total === 0 ? 100 : Math.floor((done / total) * 10) * 10;
			if (percent === lastShown) return;
			lastShown = percent;
			console.log(
				`  ${String(percent).padStart(3)} %  ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows  ${seconds(seeding)} s`
			);
		}
	});
	const { counts } = summary;
	console.log(
		`Seeded in ${seconds(seeding)} s (${seconds(started)} s in all): ${counts.contacts} contacts, ${counts.customers} customers, ${counts.invitations} invitations, ${counts.responses} responses, ${counts.agents} agents in ${counts.teams} teams`
	);
}

let exitCode = 0;
try {
	await main();
} catch (error) {
	exitCode = 1;
	if (
		error instanceof DemoSeedRefusedError ||
		error instanceof RangeError ||
		error instanceof ConfigError
	)
		console.error(`demo:seed: ${error.message}`);
	else console.error('demo:seed failed:', error);
} finally {
	await stopDatabase();
}
process.exit(exitCode);

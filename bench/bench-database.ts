// The benchmark's own embedded PostgreSQL: its own data directory (under /tmp) and port, so it
// never touches a developer's .data/ or the test server. Seeded once with demo data and reused
// by later runs (seeding a million contacts takes a few minutes).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/lib/server/db/embedded';
import { migrate } from '../src/lib/server/db/migrate';
import { seedDemoData } from '../src/lib/server/demo/seed';

export type BenchDatabaseOptions = {
	dataDir: string;
	port: number;
	contacts: number;
	/** Seed with the rollup triggers on (the app's path) instead of off + one rebuild. */
	seedWithTriggers: boolean;
	log: (message: string) => void;
};

export type BenchDatabase = {
	pool: pg.Pool;
	/** The end of the demo year: "now" for every query. */
	now: Date;
	contacts: number;
	/** Set when this run seeded the database. */
	seeding: { seconds: number; rebuildSeconds: number; withTriggers: boolean } | null;
	stop: () => Promise<void>;
};

type Meta = { contacts: number; now: string };

const ROLLUP_SOURCES = ['contact', 'customer', 'invitation', 'response'];

export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
	const { dataDir, log } = options;
	const server = await startEmbeddedPostgres(dataDir, options.port);
	const url = server.url('klantstem');
	const pool = new pg.Pool({ connectionString: url, max: 4 });
	const stop = async () => {
		await pool.end().catch(() => undefined);
		await server.stop();
	};
	try {
		const applied = await migrate(url);
		if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
		const metaFile = path.join(dataDir, 'klantstem-bench.json');
		const { rows } = await pool.query<{ contacts: number; last: Date | null }>(
			'SELECT count(*)::int AS contacts, max(ended_at) AS last FROM contact'
		);
		let seeding: Awaited<ReturnType<typeof seed>> | null = null;
		let meta: Meta;
		if (rows[0].contacts === 0) {
			seeding = await seed(pool, options);
			meta = { contacts: options.contacts, now: seeding.now.toISOString() };
			fs.writeFileSync(metaFile, JSON.stringify(meta, null, '\t'));
		} else if (fs.existsSync(metaFile)) {
			meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Meta;
		} else {
			// Seeded by `npm run demo:seed` into this folder: the year ends just after its last contact.
			meta = { contacts: rows[0].contacts, now: (rows[0].last as Date).toISOString() };
		}
		if (meta.contacts !== options.contacts)
			throw new Error(
				`${dataDir} holds ${meta.contacts} demo contacts, not ${options.contacts}: remove the folder (after stopping any PostgreSQL in it) or pass --data-dir`
			);
		log(`Analysing tables`);
		await pool.query('VACUUM ANALYZE');
		return {
			pool,
			now: new Date(meta.now),
			contacts: meta.contacts,
			seeding: seeding && {
				seconds: seeding.seconds,
				rebuildSeconds: seeding.rebuildSeconds,
				withTriggers: options.seedWithTriggers
			},
			stop
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

async function seed(pool: pg.Pool, options: BenchDatabaseOptions) {
	const { log } = options;
	const now = new Date();
	const toggle = (action: 'ENABLE' | 'DISABLE') =>
		pool.query(
			ROLLUP_SOURCES.map((table) => `ALTER TABLE ${table} ${action} TRIGGER USER`).join(';')
		);
	log(
		`Seeding ${options.contacts.toLocaleString('en')} demo contacts ${options.seedWithTriggers ? 'with' : 'without'} the rollup triggers`
	);
	const started = performance.now();
	// Nobody else writes to this database, so switching the triggers off for the load and
	// rebuilding once afterwards loses nothing.
	if (!options.seedWithTriggers) await toggle('DISABLE');
	let shown = -1;
	try {
		await seedDemoData(pool, {
			contacts: options.contacts,
			now,
			onProgress: (done, total) => {
				const tenth = Math.floor((done / total) * 10);
				if (tenth !== shown) log(`  ${tenth * 10} %`);
				shown = tenth;
			}
		});
	} finally {
		if (!options.seedWithTriggers) await toggle('ENABLE');
	}
	const seeded = performance.now();
	if (!options.seedWithTriggers) {
		log('Rebuilding the rollups');
		await pool.query('SELECT metrics_rollup_rebuild()');
	}
	const done = performance.now();
	return {
		now,
		seconds: (seeded - started) / 1000,
		rebuildSeconds: (done - seeded) / 1000
	};
}

// Process-wide database handle. `startDatabase` is called once at start (hooks.server.ts `init`,
// CLI scripts); everything else calls `db()`. The handle lives on globalThis so that Vite's
// module reloading in development does not open a second pool or a second PostgreSQL.
import { config } from '../env';
import { openDatabase, type Database } from './client';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded';
import { migrate } from './migrate';

export type { Database } from './client';
export * from './generated/client';

type State = {
	database: Database;
	embedded: RunningPostgres | null;
	url: string;
	/** The migrations that this start applied (all of them for a new database). */
	applied: string[];
};

const holder = globalThis as unknown as {
	__klantstemDb?: Promise<State>;
	__klantstemReady?: State;
};

export function startDatabase(): Promise<State> {
	holder.__klantstemDb ??= (async () => {
		const settings = config();
		let embedded: RunningPostgres | null = null;
		let url = settings.databaseUrl;
		if (!url) {
			embedded = await startEmbeddedPostgres(settings.dataDir, settings.embeddedPgPort);
			url = embedded.url('klantstem');
		}
		try {
			const applied = await migrate(url);
			return { database: openDatabase(url), embedded, url, applied };
		} catch (error) {
			await embedded?.stop();
			throw error;
		}
	})();
	holder.__klantstemDb.catch(() => (holder.__klantstemDb = undefined));
	return holder.__klantstemDb;
}

export async function awaitDatabase(): Promise<State> {
	holder.__klantstemReady = await startDatabase();
	return holder.__klantstemReady;
}

/** The database of this process; only valid after start-up finished. */
export function db(): Database {
	const ready = holder.__klantstemReady;
	if (!ready) throw new Error('The database is not started yet: call awaitDatabase() first');
	return ready.database;
}

export async function stopDatabase(): Promise<void> {
	const pending = holder.__klantstemDb;
	holder.__klantstemDb = undefined;
	holder.__klantstemReady = undefined;
	if (!pending) return;
	const state = await pending.catch(() => null);
	if (!state) return;
	await state.database.close();
	await state.embedded?.stop();
}

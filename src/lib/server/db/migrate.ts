// Applies prisma/migrations/*/migration.sql at start. Prisma's own `migrate deploy` needs a
// schema-engine binary that cannot be downloaded on the build machines, so the app applies the
// same files itself and keeps Prisma's `_prisma_migrations` bookkeeping (same columns, same
// SHA-256 checksum of the file), so `prisma migrate status`/`deploy` agree on a machine that has
// the engine.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ConfigError } from '../env';

export type Migration = { name: string; sql: string; checksum: string };

// Any constant works; it only has to be the same for every process that migrates this database.
const LOCK_KEY = 724_311_905;

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
	"id" VARCHAR(36) PRIMARY KEY NOT NULL,
	"checksum" VARCHAR(64) NOT NULL,
	"finished_at" TIMESTAMPTZ,
	"migration_name" VARCHAR(255) NOT NULL,
	"logs" TEXT,
	"rolled_back_at" TIMESTAMPTZ,
	"started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
	"applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function defaultMigrationsDir(): string {
	return path.resolve(process.env.KS_MIGRATIONS_DIR || 'prisma/migrations');
}

export function readMigrations(dir: string): Migration[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort()
		.map((name) => {
			const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
			return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
		});
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

/**
 * Brings the database up to date. Concurrent starts are safe: the advisory lock makes the
 * second process wait until the first is done and then find nothing left to apply. Each
 * migration runs in its own transaction with its bookkeeping row, so a failure leaves no
 * half-applied migration behind.
 */
export async function migrate(
	connectionString: string,
	migrations: Migration[] = readMigrations(defaultMigrationsDir())
): Promise<string[]> {
	const client = new pg.Client({ connectionString });
	await client.connect();
	const applied: string[] = [];
	try {
		await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
		await client.query(BOOKKEEPING);
		const { rows } = await client.query<AppliedRow>(
			'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL'
		);
		const done = new Map(rows.map((row) => [row.migration_name, row]));
		const known = new Set(migrations.map((m) => m.name));
		for (const row of rows) {
			if (!known.has(row.migration_name))
				throw new ConfigError(
					`The database has migration ${row.migration_name}, which this version of Klantstem does not know: it was migrated by a newer version; run that version`
				);
		}
		for (const migration of migrations) {
			const row = done.get(migration.name);
			if (row && row.finished_at === null)
				throw new ConfigError(
					`Migration ${migration.name} failed earlier and was left unfinished: repair the database by hand, then mark it with \`prisma migrate resolve\``
				);
			if (row && row.checksum !== migration.checksum)
				throw new ConfigError(
					`Migration ${migration.name} was changed after it was applied to this database: restore the original file and add the change as a new migration`
				);
			if (row) continue;
			await client.query('BEGIN');
			try {
				await client.query(migration.sql);
				await client.query(
					`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
					 VALUES ($1, $2, $3, now(), now(), 1)`,
					[randomUUID(), migration.checksum, migration.name]
				);
				await client.query('COMMIT');
			} catch (error) {
				await client.query('ROLLBACK');
				throw new ConfigError(
					`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`
				);
			}
			applied.push(migration.name);
		}
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
		await client.end();
	}
	return applied;
}

// One database transaction per ingest request, retried when PostgreSQL gives up on it because of
// a concurrent request (deadlock, serialization failure, or a unique key another request
// committed first). A retry starts from scratch and then sees the other request's rows, so the
// outcome is as if the requests had come one after the other.
import { createHash } from 'node:crypto';
import type pg from 'pg';

export type Sql = pg.ClientBase;

const RETRYABLE = new Set([
	'40001', // serialization_failure
	'40P01', // deadlock_detected
	'23505' // unique_violation: a concurrent request inserted the same key first
]);

export function isRetryable(error: unknown): boolean {
	return RETRYABLE.has((error as { code?: string } | null)?.code ?? '');
}

export async function inTransaction<T>(
	pool: pg.Pool,
	work: (sql: Sql) => Promise<T>,
	attempts = 8
): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		const client = await pool.connect();
		let broken = false;
		try {
			await client.query('BEGIN');
			const result = await work(client);
			await client.query('COMMIT');
			return result;
		} catch (error) {
			await client.query('ROLLBACK').catch(() => (broken = true));
			if (!isRetryable(error) || attempt >= attempts) throw error;
		} finally {
			client.release(broken);
		}
		// Random back-off so that requests that collided do not collide again in step.
		const wait = Math.min(1000, 10 * 2 ** attempt) * (0.5 + Math.random());
		await new Promise((resolve) => setTimeout(resolve, wait));
	}
}

/**
 * A 64-bit advisory-lock key for a domain object. Hash collisions only make two unrelated
 * requests wait for each other, never wrong.
 */
export function lockKey(kind: string, ...parts: (string | number)[]): bigint {
	return createHash('sha256')
		.update([kind, ...parts].join('\u0000'))
		.digest()
		.readBigInt64BE(0);
}

/**
 * Takes transaction-scoped advisory locks in ascending key order, so two requests that need
 * overlapping sets never wait for each other in a circle.
 */
export async function lockAll(sql: Sql, keys: Iterable<bigint>): Promise<void> {
	const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	if (sorted.length === 0) return;
	// unnest yields the array in order, and the aggregate calls the lock function row by row.
	await sql.query('SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k', [
		sorted.map(String)
	]);
}

/**
 * A CSV import holds this exclusively for its whole (long) transaction, and every other contact
 * write holds it shared: API requests wait for a running import instead of racing it on customers
 * and repeat-contact links, whose per-key locks the import cannot take (too many for one
 * transaction).
 */
export const CONTACT_IMPORT_LOCK = lockKey('csv-import-run');

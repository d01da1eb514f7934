// CSV import, step 2: every row of a checked file into the database in ONE transaction, through
// the ingest API's own storeContacts (same matching, linking, survey decisions and idempotency:
// a known externalId is updated, never duplicated). A failure anywhere rolls everything back and
// marks the import failed with the reason. Progress is written beside the transaction.
import type pg from 'pg';
import { checkRow, type CsvColumn, type RowIssue } from './csv-import-columns';
import { storeContacts } from './ingest';
import { CONTACT_IMPORT_LOCK } from './transaction';

/** Rows per storeContacts call: the API's own batch limit, where its SQL is known to behave. */
const CHUNK = 1000;

/** Only one import writes at a time; a second one waits for the first to commit or fail. */

/**
 * Moves a checked, clean file to `importing`. A conditional UPDATE, so a double click, two tabs
 * or two app processes start it once: the second call gets false. A failed import may be
 * started again (nothing of it was written).
 */
export async function startCsvImport(pool: pg.Pool, importId: number): Promise<boolean> {
	const { rowCount } = await pool.query(
		`UPDATE csv_import SET status = 'importing', started_at = now(), processed_count = 0,
		        failure_reason = NULL, finished_at = NULL, created_count = NULL
		  WHERE id = $1 AND status IN ('validated', 'failed') AND error_count = 0 AND row_count > 0
		    AND EXISTS (SELECT 1 FROM csv_import_row WHERE import_id = $1)`,
		[importId]
	);
	return rowCount === 1;
}

class RowRefused extends Error {
	constructor(row: number, issues: RowIssue[]) {
		const first = issues[0] ?? { field: '', message: 'is not a valid contact' };
		super(`Row ${row}${first.field ? `, ${first.field}` : ''}: ${first.message}`);
	}
}

/**
 * storeContacts runs its own transaction on a pool. This stand-in for a pool hands it our open
 * transaction instead: its BEGIN, COMMIT and ROLLBACK become a savepoint (so its retry after a
 * concurrent API request still works), and its per-customer and per-link-group advisory locks
 * are skipped: a 100,000-row transaction would need more lock slots than PostgreSQL has
 * (max_locks_per_transaction); CONTACT_IMPORT_LOCK keeps other imports and API writes out.
 */
function poolInside(client: pg.PoolClient): pg.Pool {
	const query = (text: unknown, params?: unknown[]) => {
		if (typeof text === 'string') {
			const statement = text.trim().toUpperCase();
			if (statement === 'BEGIN') return client.query('SAVEPOINT csv_import_chunk');
			if (statement === 'COMMIT') return client.query('RELEASE SAVEPOINT csv_import_chunk');
			if (statement === 'ROLLBACK') return client.query('ROLLBACK TO SAVEPOINT csv_import_chunk');
			if (text.includes('pg_advisory_xact_lock('))
				return Promise.resolve({ rows: [{ count: 0 }], rowCount: 1 });
		}
		return client.query(text as string, params);
	};
	const inner = { query, release: () => undefined };
	return { connect: async () => inner } as unknown as pg.Pool;
}

export type ImportOutcome =
	| { status: 'done'; created: number; updated: number }
	| { status: 'failed'; reason: string }
	| { status: 'skipped' };

export async function runCsvImport(
	pool: pg.Pool,
	importId: number,
	options: { chunkSize?: number; now?: () => Date } = {}
): Promise<ImportOutcome> {
	const chunkSize = options.chunkSize ?? CHUNK;
	const client = await pool.connect();
	let range = '';
	try {
		await client.query('BEGIN');
		await client.query('SELECT pg_advisory_xact_lock($1)', [CONTACT_IMPORT_LOCK]);
		const { rows: found } = await client.query<{ status: string; columns: CsvColumn[] }>(
			'SELECT status, columns FROM csv_import WHERE id = $1',
			[importId]
		);
		// A retried job whose first run finished (or failed) meanwhile: nothing to do.
		if (found[0]?.status !== 'importing') {
			await client.query('ROLLBACK');
			return { status: 'skipped' };
		}
		const columns = found[0].columns;
		const target = poolInside(client);
		let after = 0;
		let processed = 0;
		let created = 0;
		for (;;) {
			const { rows } = await client.query<{ row_number: number; values: string[] }>(
				`SELECT row_number, "values" FROM csv_import_row
				  WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3`,
				[importId, after, chunkSize]
			);
			if (rows.length === 0) break;
			range = `Rows ${rows[0].row_number}–${rows[rows.length - 1].row_number}: `;
			// Checked again: the rows were checked at upload, but the check costs little and a row
			// must never reach the database unchecked.
			const contacts = rows.map((row) => {
				const checked = checkRow(columns, row.values);
				if (!checked.ok) throw new RowRefused(row.row_number, checked.issues);
				return checked.contact;
			});
			const results = await storeContacts(target, contacts, 'csv', options.now?.() ?? new Date());
			created += results.filter((result) => result.created).length;
			processed += rows.length;
			after = rows[rows.length - 1].row_number;
			await pool.query(
				`UPDATE csv_import SET processed_count = $2 WHERE id = $1 AND status = 'importing'`,
				[importId, processed]
			);
		}
		range = '';
		await client.query(
			`UPDATE csv_import SET status = 'done', processed_count = row_count, created_count = $2,
			        finished_at = now()
			  WHERE id = $1`,
			[importId, created]
		);
		// The contacts hold the data now; the copy is not needed any more.
		await client.query('DELETE FROM csv_import_row WHERE import_id = $1', [importId]);
		await client.query('COMMIT');
		return { status: 'done', created, updated: processed - created };
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		const message = error instanceof RowRefused ? error.message : range + (error as Error).message;
		const reason = message.slice(0, 2000);
		await pool.query(
			`UPDATE csv_import SET status = 'failed', failure_reason = $2, processed_count = 0,
			        finished_at = now()
			  WHERE id = $1 AND status = 'importing'`,
			[importId, reason]
		);
		return { status: 'failed', reason };
	} finally {
		client.release();
	}
}

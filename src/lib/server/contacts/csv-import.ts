// CSV import, step 1: the upload is stored as it is (status `uploaded`), then a job reads it as a
// stream, checks every row with the ingest API's schema and stores the rows and the problems found
// (status `validated`). The browser never parses the file, and the server never holds more than
// one batch of parsed rows. Step 2 (the import itself) is csv-import-run.ts.
// Problems are stored in English, as the API words them; the admin page translates known ones.
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client';
import {
	checkRow,
	detectColumns,
	detectDelimiter,
	headerIssues,
	missingColumns,
	type CsvColumn,
	type RowIssue
} from './csv-import-columns';
import { lockKey } from './transaction';

/** Below the app's BODY_SIZE_LIMIT (64M, scripts/start.mjs), leaving room for the form around it. */
export const MAX_CSV_BYTES = 60 * 1024 * 1024;
export const MAX_CSV_ROWS = 100_000;
export const PREVIEW_ROWS = 10;
/** The report keeps this many problems; the count stays exact. One is enough to refuse a file. */
export const MAX_STORED_ERRORS = 10_000;
const BATCH = 2000;

export const uploadInput = z.object({
	fileName: z
		.string()
		.trim()
		.min(1, 'admin.import.errorNoFile')
		// Only the name: some browsers send a path.
		.transform((name) => name.split(/[\\/]/).pop()?.slice(-255) || 'contacts.csv'),
	content: z
		.string()
		.max(MAX_CSV_BYTES, 'admin.import.errorTooLarge')
		.refine((text) => text.trim() !== '', 'admin.import.errorEmpty')
});

export type CsvImportStatus = 'uploaded' | 'validated' | 'importing' | 'done' | 'failed';

/** Stores an uploaded file; the check runs as a job (csv-import-jobs.ts). */
export async function uploadCsv(
	prisma: PrismaClient,
	input: z.input<typeof uploadInput>,
	userId: string | null
): Promise<number> {
	const { fileName, content } = uploadInput.parse(input);
	const created = await prisma.csvImport.create({
		data: { fileName, content: content.replace(/^\uFEFF/, ''), uploadedByUserId: userId },
		select: { id: true }
	});
	return created.id;
}

type Found = { row: number; issue: RowIssue };

/** Inserts with one statement per batch: 100,000 rows are 50 round trips, not 100,000. */
async function insertRows(sql: pg.ClientBase, importId: number, rows: [number, string[]][]) {
	if (rows.length === 0) return;
	await sql.query(
		`INSERT INTO csv_import_row (import_id, row_number, "values")
		 SELECT $1, n, v FROM unnest($2::int[], $3::jsonb[]) AS t(n, v)`,
		[importId, rows.map(([n]) => n), rows.map(([, cells]) => JSON.stringify(cells))]
	);
}

async function insertErrors(sql: pg.ClientBase, importId: number, first: number, found: Found[]) {
	if (found.length === 0) return;
	await sql.query(
		`INSERT INTO csv_import_error (import_id, position, row_number, field, message)
		 SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[])`,
		[
			importId,
			found.map((_, i) => first + i),
			found.map((f) => f.row),
			found.map((f) => f.issue.field),
			found.map((f) => f.issue.message)
		]
	);
}

/**
 * Checks an uploaded file, in one transaction: its rows, its problems and the status
 * `validated` appear together. Rows are kept only while no problem has been found (a file with
 * problems cannot be imported). Progress is written outside the transaction, so the page can
 * show it. Runs again harmlessly (a retried job): only an `uploaded` file is checked.
 */
export async function validateCsvImport(pool: pg.Pool, importId: number): Promise<boolean> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		await client.query('SELECT pg_advisory_xact_lock($1)', [lockKey('csv-import', importId)]);
		const { rows } = await client.query<{ content: string | null; status: string }>(
			'SELECT content, status FROM csv_import WHERE id = $1',
			[importId]
		);
		if (rows[0]?.status !== 'uploaded' || rows[0].content === null) {
			await client.query('ROLLBACK');
			return false;
		}
		const summary = await checkContent(client, pool, importId, rows[0].content);
		await client.query(
			`UPDATE csv_import SET status = 'validated', content = NULL, delimiter = $2,
			        columns = $3, preview = $4, row_count = $5, error_count = $6, processed_count = 0
			  WHERE id = $1`,
			[
				importId,
				summary.delimiter,
				JSON.stringify(summary.columns),
				JSON.stringify(summary.preview),
				summary.rowCount,
				summary.errorCount
			]
		);
		if (summary.errorCount > 0)
			await client.query('DELETE FROM csv_import_row WHERE import_id = $1', [importId]);
		await client.query('COMMIT');
		return true;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		await pool.query(
			`UPDATE csv_import SET status = 'failed', failure_reason = $2, finished_at = now(),
			        row_count = 0, processed_count = 0 WHERE id = $1 AND status = 'uploaded'`,
			[importId, `The file could not be read: ${(error as Error).message}`]
		);
		return false;
	} finally {
		client.release();
	}
}

function* pieces(text: string, size: number) {
	for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

async function checkContent(sql: pg.ClientBase, pool: pg.Pool, importId: number, text: string) {
	const delimiter = detectDelimiter(text);
	const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
		delimiter,
		skipEmptyLines: 'greedy'
	});
	// In pieces: papaparse's stream slows down quadratically when fed one large string.
	Readable.from(pieces(text, 64 * 1024)).pipe(parser);

	let columns: CsvColumn[] | null = null;
	let missing: string[] = [];
	const preview: string[][] = [];
	const firstRowOf = new Map<string, number>();
	let rowNumber = 1;
	let errorCount = 0;
	let stored = 0;
	let rows: [number, string[]][] = [];
	let found: Found[] = [];
	let tooMany = false;

	const report = (row: number, issue: RowIssue) => {
		errorCount += 1;
		if (stored + found.length < MAX_STORED_ERRORS) found.push({ row, issue });
	};
	const flush = async () => {
		if (errorCount === 0) await insertRows(sql, importId, rows);
		await insertErrors(sql, importId, stored, found);
		stored += found.length;
		rows = [];
		found = [];
		await pool.query(
			`UPDATE csv_import SET row_count = $2, processed_count = $2 WHERE id = $1 AND status = 'uploaded'`,
			[importId, rowNumber - 1]
		);
	};

	for await (const cells of parser as AsyncIterable<string[]>) {
		if (!columns) {
			columns = detectColumns(cells);
			missing = missingColumns(columns);
			for (const issue of headerIssues(columns)) report(1, issue);
			continue;
		}
		if (rowNumber - 1 >= MAX_CSV_ROWS) {
			tooMany = true;
			parser.destroy();
			break;
		}
		rowNumber += 1;
		if (preview.length < PREVIEW_ROWS) preview.push(cells);
		const checked = checkRow(columns, cells, missing);
		if (!checked.ok) for (const issue of checked.issues) report(rowNumber, issue);
		const externalId = checked.ok ? checked.contact.externalId : null;
		if (externalId !== null) {
			const first = firstRowOf.get(externalId);
			if (first !== undefined)
				report(rowNumber, {
					field: 'externalId',
					message: `is also used in row ${first}; each contact may appear once per file`
				});
			else firstRowOf.set(externalId, rowNumber);
		}
		if (errorCount === 0) rows.push([rowNumber, cells]);
		// Every batch of rows read (also when no row is kept), so the progress keeps moving.
		if ((rowNumber - 1) % BATCH === 0 || found.length >= BATCH) await flush();
	}
	const rowCount = rowNumber - 1;
	if (!columns) report(1, { field: '', message: 'the file has no header row' });
	else if (rowCount === 0)
		report(1, { field: '', message: 'the file has no rows after the header' });
	if (tooMany)
		report(1, {
			field: '',
			message: `the file has more than ${MAX_CSV_ROWS} rows; split it into smaller files`
		});
	await flush();
	return { delimiter, columns: columns ?? [], preview, rowCount, errorCount };
}

// CSV import on a real PostgreSQL: reading and checking a file (step 1), importing it all or
// nothing with the ingest API's idempotency (step 2), and refusing a second start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadCsv, validateCsvImport } from '../../src/lib/server/contacts/csv-import';
import {
	getCsvImport,
	listCsvImportErrors
} from '../../src/lib/server/contacts/csv-import-queries';
import { runCsvImport, startCsvImport } from '../../src/lib/server/contacts/csv-import-run';
import { contactsCsv, HEADER, toCsv, uploadAndCheck } from './csv-import-fixtures';
import { createProgram, rowCounts } from './ingest-fixtures';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;

beforeAll(async () => {
	database = await createTestDatabase('csvimport');
	await createProgram(database, { delayMinutes: 0 });
});

afterAll(async () => {
	await database.drop();
});

const errorsOf = async (id: number) => (await listCsvImportErrors(database.prisma, id, 1)).items;
const storedRows = async (id: number) =>
	database.prisma.csvImportRow.count({ where: { importId: id } });

describe('checking an uploaded file', () => {
	it('reads a comma file with quoted fields, loose header names and an unknown column', async () => {
		const content = toCsv([
			['external_id', 'Channel', 'ended_at', 'agent_external_id', 'Customer Email', 'Notes'],
			['Q-1', 'phone', '2026-11-20T10:00:00+01:00', 'AG-1', 'a@example.nl', 'says "hi", twice'],
			['Q-2', 'email', '2026-11-20T11:00:00+01:00', 'AG-1', 'b@example.nl', 'line one\nline two']
		]);
		const id = await uploadAndCheck(database, content);
		const upload = await getCsvImport(database.prisma, id);
		expect(upload).toMatchObject({ status: 'validated', rowCount: 2, errorCount: 0 });
		expect(upload.columns.map((c) => c.field)).toEqual([
			'externalId',
			'channel',
			'endedAt',
			'agent.externalId',
			'customer.email',
			null
		]);
		expect(upload.preview[0][5]).toBe('says "hi", twice');
		expect(upload.preview[1][5]).toBe('line one\nline two');
		expect(await storedRows(id)).toBe(2);
		// The file itself is not kept once its rows are.
		const raw = await database.prisma.csvImport.findUniqueOrThrow({ where: { id } });
		expect(raw.content).toBeNull();
		expect(raw.delimiter).toBe(',');
	});

	it('reads a semicolon file and reports each bad row by its row number and field', async () => {
		const rows = contactsCsv(6, 'SEMI', ';').split('\r\n');
		const cells = rows.map((row) => row.split(';'));
		cells[2][1] = 'fax'; // row 3: channel
		cells[4][3] = 'yesterday'; // row 5: endedAt
		cells[5][4] = ''; // row 6: agent.externalId
		cells[6][0] = 'SEMI-0'; // row 7: the id of row 2 again
		const id = await uploadAndCheck(database, toCsv(cells, ';'));
		const upload = await getCsvImport(database.prisma, id);
		expect(upload).toMatchObject({ status: 'validated', rowCount: 6, errorCount: 4 });
		const errors = await errorsOf(id);
		expect(errors.map((e) => [e.rowNumber, e.field])).toEqual([
			[3, 'channel'],
			[5, 'endedAt'],
			[6, 'agent.externalId'],
			[7, 'externalId']
		]);
		expect(errors[0].message).toMatch(/^must be one of phone, email/);
		expect(errors[3].message).toMatch(/row 2/);
		// A file with problems cannot be imported, so its rows are not kept.
		expect(await storedRows(id)).toBe(0);
		expect(await startCsvImport(database.pool, id)).toBe(false);
	});

	it('names a missing required column once, on the header row', async () => {
		const content = toCsv([
			['externalId', 'channel', 'agent.externalId', 'customer.externalId'],
			['M-1', 'phone', 'AG-1', 'CU-1'],
			['M-2', 'phone', 'AG-1', 'CU-2']
		]);
		const id = await uploadAndCheck(database, content);
		expect(await errorsOf(id)).toEqual([
			{ rowNumber: 1, field: 'endedAt', message: 'is required: add this column' }
		]);
	});

	it('reports a row with more or fewer cells than the header', async () => {
		const content = contactsCsv(2, 'CELLS') + '\r\nCELLS-9,phone';
		const id = await uploadAndCheck(database, content);
		expect(await errorsOf(id)).toEqual([
			{ rowNumber: 4, field: '', message: `has 2 cells; the header has ${HEADER.length}` }
		]);
	});

	it('refuses an empty upload before storing anything', async () => {
		await expect(
			uploadCsv(database.prisma, { fileName: 'e.csv', content: ' \n' }, null)
		).rejects.toThrow(/admin\.import\.errorEmpty/);
	});

	it('reports a file with a header but no rows', async () => {
		const id = await uploadAndCheck(database, HEADER.join(','));
		expect(await getCsvImport(database.prisma, id)).toMatchObject({ errorCount: 1 });
		expect((await errorsOf(id))[0].message).toBe('the file has no rows after the header');
	});

	it('checks a file once, also when the job runs twice', async () => {
		const id = await uploadCsv(
			database.prisma,
			{ fileName: 't.csv', content: contactsCsv(3, 'TWICE') },
			null
		);
		expect(await validateCsvImport(database.pool, id)).toBe(true);
		expect(await validateCsvImport(database.pool, id)).toBe(false);
		expect(await storedRows(id)).toBe(3);
	});
});

describe('importing a checked file', () => {
	it('imports every row as a contact from source csv, once however often it is started', async () => {
		const id = await uploadAndCheck(database, contactsCsv(25, 'IMP'));
		expect(await startCsvImport(database.pool, id)).toBe(true);
		// A double click, a second tab: the import is already running.
		expect(await startCsvImport(database.pool, id)).toBe(false);
		const outcome = await runCsvImport(database.pool, id, { chunkSize: 10 });
		expect(outcome).toEqual({ status: 'done', created: 25, updated: 0 });
		expect(
			await database.prisma.contact.count({ where: { externalId: { startsWith: 'IMP-' } } })
		).toBe(25);
		const contact = await database.prisma.contact.findUniqueOrThrow({
			where: { externalId: 'IMP-3' },
			include: { agent: true, customer: true, reason: true, invitation: true }
		});
		expect(contact).toMatchObject({ source: 'csv', channel: 'social', resolvedByAgent: false });
		expect(contact.agent.externalId).toBe('AG-3');
		expect(contact.customer.externalId).toBe('CU-3');
		expect(contact.reason?.code).toBe('reason_3');
		expect(contact.invitation).not.toBeNull();
		expect(await getCsvImport(database.prisma, id)).toMatchObject({
			status: 'done',
			processedCount: 25,
			createdCount: 25
		});
		expect(await storedRows(id)).toBe(0);
		// Done is done: neither a start nor a late duplicate job imports it again.
		expect(await startCsvImport(database.pool, id)).toBe(false);
		expect(await runCsvImport(database.pool, id)).toEqual({ status: 'skipped' });
	});

	it('updates the contacts of a re-imported file instead of duplicating them', async () => {
		const first = await uploadAndCheck(database, contactsCsv(12, 'AGAIN'));
		await startCsvImport(database.pool, first);
		await runCsvImport(database.pool, first);
		const before = await rowCounts(database);

		const changed = contactsCsv(12, 'AGAIN').replace(/AGAIN-4,in_person/, 'AGAIN-4,phone');
		const second = await uploadAndCheck(database, changed);
		await startCsvImport(database.pool, second);
		expect(await runCsvImport(database.pool, second, { chunkSize: 5 })).toEqual({
			status: 'done',
			created: 0,
			updated: 12
		});
		expect(await rowCounts(database)).toEqual(before);
		const contact = await database.prisma.contact.findUniqueOrThrow({
			where: { externalId: 'AGAIN-4' }
		});
		expect(contact.channel).toBe('phone');
	});

	it('writes nothing when the database refuses a row half-way, and can be started again', async () => {
		const id = await uploadAndCheck(database, contactsCsv(30, 'HALF'));
		// A database error in the third chunk (rows 22–31), after two chunks were written.
		await database.pool.query(`
			CREATE FUNCTION refuse_half() RETURNS trigger AS $$
			BEGIN
				IF NEW.external_id = 'HALF-25' THEN RAISE EXCEPTION 'refused for the test'; END IF;
				RETURN NEW;
			END $$ LANGUAGE plpgsql;
			CREATE TRIGGER refuse_half BEFORE INSERT ON contact
				FOR EACH ROW EXECUTE FUNCTION refuse_half();`);
		const before = await rowCounts(database);
		await startCsvImport(database.pool, id);
		const outcome = await runCsvImport(database.pool, id, { chunkSize: 10 });
		expect(outcome).toEqual({ status: 'failed', reason: 'Rows 22–31: refused for the test' });
		expect(await rowCounts(database)).toEqual(before);
		expect(await getCsvImport(database.prisma, id)).toMatchObject({
			status: 'failed',
			processedCount: 0,
			failureReason: 'Rows 22–31: refused for the test'
		});

		await database.pool.query('DROP TRIGGER refuse_half ON contact');
		expect(await startCsvImport(database.pool, id)).toBe(true);
		expect(await runCsvImport(database.pool, id, { chunkSize: 10 })).toMatchObject({
			status: 'done',
			created: 30
		});
	});

	it('writes nothing when a stored row turns out invalid at import time', async () => {
		const id = await uploadAndCheck(database, contactsCsv(8, 'BAD'));
		await database.pool.query(
			`UPDATE csv_import_row SET "values" = jsonb_set("values", '{1}', '"fax"')
			  WHERE import_id = $1 AND row_number = 7`,
			[id]
		);
		const before = await rowCounts(database);
		await startCsvImport(database.pool, id);
		const outcome = await runCsvImport(database.pool, id, { chunkSize: 3 });
		expect(outcome.status).toBe('failed');
		expect(outcome).toMatchObject({
			reason: expect.stringMatching(/^Row 7, channel: must be one of/)
		});
		expect(await rowCounts(database)).toEqual(before);
	});

	it('does not start a file that is still being checked', async () => {
		const id = await uploadCsv(
			database.prisma,
			{ fileName: 'u.csv', content: contactsCsv(2, 'WAIT') },
			null
		);
		expect(await startCsvImport(database.pool, id)).toBe(false);
		expect((await getCsvImport(database.prisma, id)).status).toBe('uploaded');
	});
});

// Measures the CSV import at scale: `npx tsx bench/csv-import.ts [rows] [chunk]` (default 100,000
// rows, chunks of 1,000 as the app uses) on a
// throw-away embedded PostgreSQL. Prints the time of each step: upload (storing the file),
// check (parse + validate + store rows), import (one transaction through storeContacts).
// Each contact has its own customer-and-reason pair for the most part (25,000 customers, eight
// reasons), the case that needs the most repeat-contact linking work.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/client';
import { startEmbeddedPostgres } from '../src/lib/server/db/embedded';
import { migrate } from '../src/lib/server/db/migrate';
import { uploadCsv, validateCsvImport } from '../src/lib/server/contacts/csv-import';
import { getCsvImport } from '../src/lib/server/contacts/csv-import-queries';
import { runCsvImport, startCsvImport } from '../src/lib/server/contacts/csv-import-run';
import { contactsCsv } from '../tests/integration/csv-import-fixtures';

const rows = Number(process.argv[2] ?? 100_000);
// Under the project like the test runs' data (.data-test): initdb runs as user postgres when
// started as root, and a private temp folder would shut it out.
const dataDir = path.resolve('.data-bench', `run-${process.pid}`);
const server = await startEmbeddedPostgres(dataDir, 54000 + Math.floor(Math.random() * 900));
const url = server.url('klantstem');
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

try {
	await migrate(url);
	const database = openDatabase(url);
	await database.prisma.surveyProgram.create({
		data: { name: 'Bench', delayMinutes: 0, maxContactAgeHours: 24 * 365 * 10 }
	});
	const content = contactsCsv(rows, 'BENCH', ',', 25_000);
	console.log(`${rows} rows, ${(content.length / 1024 / 1024).toFixed(1)} MB`);

	let started = performance.now();
	const id = await uploadCsv(database.prisma, { fileName: 'bench.csv', content }, null);
	console.log(`upload: ${seconds(started)}`);

	started = performance.now();
	await validateCsvImport(database.pool, id);
	const checked = await getCsvImport(database.prisma, id);
	console.log(
		`check: ${seconds(started)} (${checked.rowCount} rows, ${checked.errorCount} errors)`
	);

	started = performance.now();
	if (!(await startCsvImport(database.pool, id))) throw new Error('the import did not start');
	const outcome = await runCsvImport(database.pool, id, {
		chunkSize: Number(process.argv[3] ?? 1000)
	});
	console.log(`import: ${seconds(started)}`, outcome);
	const contacts = await database.prisma.contact.count();
	const invitations = await database.prisma.invitation.count();
	console.log(`contacts: ${contacts}, invitations: ${invitations}`);
	await database.close();
} finally {
	await server.stop();
	fs.rmSync(dataDir, { recursive: true, force: true });
}

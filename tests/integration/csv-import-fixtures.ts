// Contacts CSV files for the import tests, built in code so each test shows what it feeds in.
import { uploadCsv, validateCsvImport } from '../../src/lib/server/contacts/csv-import';
import type { TestDatabase } from './support/database';

export const HEADER = [
	'externalId',
	'channel',
	'startedAt',
	'endedAt',
	'agent.externalId',
	'agent.name',
	'agent.team',
	'customer.externalId',
	'customer.email',
	'reason',
	'resolvedByAgent'
];

/** One valid row per index: five agents, `customers` customers, eight reasons. */
export function contactRow(i: number, prefix = 'CSV', customers = 1000): string[] {
	const ended = new Date(Date.UTC(2026, 10, 1) + i * 60_000);
	return [
		`${prefix}-${i}`,
		['phone', 'email', 'chat', 'social', 'in_person'][i % 5],
		new Date(ended.getTime() - 300_000).toISOString(),
		ended.toISOString(),
		`AG-${i % 5}`,
		`Agent ${i % 5}`,
		`Team ${i % 2}`,
		`CU-${i % customers}`,
		`klant${i % customers}@example.nl`,
		`reason_${i % 8}`,
		i % 3 === 0 ? 'false' : 'true'
	];
}

const quote = (cell: string, delimiter: string) =>
	/["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;

export function toCsv(rows: string[][], delimiter = ','): string {
	return rows.map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter)).join('\r\n');
}

export function contactsCsv(
	count: number,
	prefix = 'CSV',
	delimiter = ',',
	customers = 1000
): string {
	const rows = [HEADER];
	for (let i = 0; i < count; i++) rows.push(contactRow(i, prefix, customers));
	return toCsv(rows, delimiter);
}

/** Upload plus the check the job would run. */
export async function uploadAndCheck(database: TestDatabase, content: string, fileName = 'c.csv') {
	const id = await uploadCsv(database.prisma, { fileName, content }, null);
	await validateCsvImport(database.pool, id);
	return id;
}

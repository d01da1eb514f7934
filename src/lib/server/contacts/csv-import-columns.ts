// The columns of a contacts CSV: the ingest API's fields (shared/INGEST.md) flattened, so
// `agent.externalId` is a column. Headers are matched loosely (case, dots, underscores, spaces:
// `agent_external_id` and `Agent External ID` both mean agent.externalId). A row becomes the
// same contact object the API receives and is checked by the API's own schema.
import { CSV_FIELDS, type CsvField } from '$lib/contacts/csv-fields';
import { contactInput } from './ingest-schema';

export { CSV_FIELDS, type CsvField };

/** A header cell and the field it fills; null = a column Klantstem does not know (ignored). */
export type CsvColumn = { name: string; field: CsvField | null };

export type RowIssue = { field: string; message: string };

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_NORMALISED = new Map<string, CsvField>(CSV_FIELDS.map((f) => [normalise(f), f]));

const REQUIRED: CsvField[] = ['externalId', 'channel', 'endedAt', 'agent.externalId'];
const NUMBERS = new Set<CsvField>(['firstResponseSeconds']);
const BOOLEANS = new Set<CsvField>(['resolvedByAgent', 'survey']);
const TRUE = new Set(['true', '1', 'yes', 'ja', 'waar', 'y', 'j']);
const FALSE = new Set(['false', '0', 'no', 'nee', 'onwaar', 'n']);

export function detectColumns(header: string[]): CsvColumn[] {
	return header.map((cell) => {
		const name = cell.replace(/^\uFEFF/, '').trim();
		return { name, field: BY_NORMALISED.get(normalise(name)) ?? null };
	});
}

/** Problems with the header itself: required columns missing, a field given twice. */
export function headerIssues(columns: CsvColumn[]): RowIssue[] {
	const issues: RowIssue[] = [];
	const present = new Set<CsvField>();
	for (const column of columns) {
		if (!column.field) continue;
		if (present.has(column.field))
			issues.push({ field: column.field, message: 'this column appears twice' });
		present.add(column.field);
	}
	for (const field of missingColumns(columns))
		issues.push({ field, message: 'is required: add this column' });
	return issues;
}

/** Required fields without a column; the customer needs an externalId or an email column. */
export function missingColumns(columns: CsvColumn[]): string[] {
	const present = new Set(columns.map((c) => c.field));
	const missing: string[] = REQUIRED.filter((field) => !present.has(field));
	if (!present.has('customer.externalId') && !present.has('customer.email'))
		missing.push('customer');
	return missing;
}

function cellValue(field: CsvField, raw: string): unknown {
	const value = raw.trim();
	if (NUMBERS.has(field) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
	if (BOOLEANS.has(field)) {
		if (TRUE.has(value.toLowerCase())) return true;
		if (FALSE.has(value.toLowerCase())) return false;
	}
	// Everything else as written: ids are the source's keys, and the schema trims text fields.
	return raw;
}

/** The row as the contact object the ingest API would receive; empty cells are left out. */
export function rowToContact(columns: CsvColumn[], cells: string[]): Record<string, unknown> {
	const contact: Record<string, unknown> = {};
	const agent: Record<string, unknown> = {};
	const customer: Record<string, unknown> = {};
	columns.forEach((column, i) => {
		const raw = cells[i] ?? '';
		if (!column.field || raw.trim() === '') return;
		const value = cellValue(column.field, raw);
		const [group, key] = column.field.split('.');
		if (group === 'agent') agent[key] = value;
		else if (group === 'customer') customer[key] = value;
		else contact[column.field] = value;
	});
	return { ...contact, agent, customer };
}

/**
 * The row checked by the ingest API's schema: the contact, or its problems. Problems with a
 * field whose column is missing are left out: the header report names that column once.
 */
export function checkRow(
	columns: CsvColumn[],
	cells: string[],
	missing: string[] = missingColumns(columns)
):
	{ ok: true; contact: ReturnType<typeof contactInput.parse> } | { ok: false; issues: RowIssue[] } {
	if (cells.length !== columns.length)
		return {
			ok: false,
			issues: [
				{ field: '', message: `has ${cells.length} cells; the header has ${columns.length}` }
			]
		};
	const result = contactInput.safeParse(rowToContact(columns, cells));
	if (result.success) return { ok: true, contact: result.data };
	const issues = result.error.issues
		.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))
		.filter((issue) => !missing.some((m) => issue.field === m || issue.field.startsWith(`${m}.`)));
	// Every issue was about a missing column: the row itself is fine apart from that.
	if (issues.length === 0) return { ok: false, issues: [] };
	return { ok: false, issues };
}

/** Picks ',' or ';' from the header line: whichever separates more cells outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char === ',') commas++;
		else if (!quoted && char === ';') semicolons++;
	}
	return semicolons > commas ? ';' : ',';
}

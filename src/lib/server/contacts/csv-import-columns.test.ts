import { describe, expect, it } from 'vitest';
import {
	checkRow,
	detectColumns,
	detectDelimiter,
	headerIssues,
	rowToContact
} from './csv-import-columns';

describe('CSV columns', () => {
	it('matches header names loosely and leaves unknown ones unmapped', () => {
		const columns = detectColumns([
			'\uFEFFexternal_id',
			'Agent External ID',
			'customer.email',
			'RESOLVED_BY_AGENT',
			'Opmerking'
		]);
		expect(columns.map((c) => c.field)).toEqual([
			'externalId',
			'agent.externalId',
			'customer.email',
			'resolvedByAgent',
			null
		]);
		expect(columns[0].name).toBe('external_id');
	});

	it('reports missing required columns and a field given twice', () => {
		const columns = detectColumns(['externalId', 'external_id', 'channel']);
		expect(headerIssues(columns)).toEqual([
			{ field: 'externalId', message: 'this column appears twice' },
			{ field: 'endedAt', message: 'is required: add this column' },
			{ field: 'agent.externalId', message: 'is required: add this column' },
			{ field: 'customer', message: 'is required: add this column' }
		]);
	});

	it('builds the API contact: nested agent and customer, typed values, empty cells left out', () => {
		const columns = detectColumns([
			'externalId',
			'agent.externalId',
			'customer.email',
			'firstResponseSeconds',
			'resolvedByAgent',
			'survey',
			'reason'
		]);
		expect(rowToContact(columns, ['K-1', 'A-1', 'k@example.nl', '90', 'ja', 'FALSE', ' '])).toEqual(
			{
				externalId: 'K-1',
				firstResponseSeconds: 90,
				resolvedByAgent: true,
				survey: false,
				agent: { externalId: 'A-1' },
				customer: { email: 'k@example.nl' }
			}
		);
	});

	it('checks a row with the ingest schema and names the field of each problem', () => {
		const columns = detectColumns([
			'externalId',
			'channel',
			'endedAt',
			'agent.externalId',
			'customer.externalId',
			'resolvedByAgent'
		]);
		const good = checkRow(columns, ['K-1', 'chat', '2026-11-24T10:00:00+01:00', 'A-1', 'C-1', '0']);
		expect(good).toMatchObject({ ok: true, contact: { channel: 'chat', resolvedByAgent: false } });
		const bad = checkRow(columns, ['K-2', 'fax', '24-11-2026', 'A-1', 'C-1', 'maybe']);
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.issues.map((i) => i.field)).toEqual([
			'channel',
			'endedAt',
			'resolvedByAgent'
		]);
	});

	it.each([
		['a,b;c\n', ','],
		['a;b;c\n1,2', ';'],
		['"x;y",b,c', ','],
		['"x,y";b;c', ';']
	])('picks the delimiter of %j', (text, delimiter) => {
		expect(detectDelimiter(text)).toBe(delimiter);
	});
});

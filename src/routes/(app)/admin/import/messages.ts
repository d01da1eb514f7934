// The problems of a CSV file are stored in English, worded as the ingest API words them (an
// integrator reading the API's 422 answer sees the same). This shows the known ones in the
// reader's language; anything else is shown as it is.
import type { I18n, MessageKey } from '$lib/i18n';

type Values = Record<string, string>;
const PATTERNS: [RegExp, MessageKey, (match: RegExpMatchArray) => Values][] = [
	[/^is required$/, 'admin.import.msgRequired', () => ({})],
	[/^is required: add this column$/, 'admin.import.msgMissingColumn', () => ({})],
	[/^this column appears twice$/, 'admin.import.msgDuplicateColumn', () => ({})],
	[/^must not be empty$/, 'admin.import.msgEmpty', () => ({})],
	[/^must be at most (\d+) characters$/, 'admin.import.msgTooLong', (m) => ({ max: m[1] })],
	[/^must not start or end with spaces$/, 'admin.import.msgSpaces', () => ({})],
	[/^must be an e-mail address/, 'admin.import.msgEmail', () => ({})],
	[/^must be one of (.+)$/, 'admin.import.msgOneOf', (m) => ({ values: m[1] })],
	[/^must be an ISO 8601 date-time/, 'admin.import.msgDateTime', () => ({})],
	[/^must be a whole number of seconds$/, 'admin.import.msgSeconds', () => ({})],
	[/^must not be negative$/, 'admin.import.msgNegative', () => ({})],
	[/^must be true or false$/, 'admin.import.msgBoolean', () => ({})],
	[/^must be false \(or left out\)$/, 'admin.import.msgSurvey', () => ({})],
	[/^needs an externalId or an email$/, 'admin.import.msgCustomer', () => ({})],
	[/^must not be later than endedAt$/, 'admin.import.msgStartedAt', () => ({})],
	[/^is also used in row (\d+);/, 'admin.import.msgDuplicateId', (m) => ({ row: m[1] })],
	[
		/^has (\d+) cells; the header has (\d+)$/,
		'admin.import.msgCells',
		(m) => ({ cells: m[1], columns: m[2] })
	],
	[/^the file has no header row$/, 'admin.import.msgNoHeader', () => ({})],
	[/^the file has no rows after the header$/, 'admin.import.msgNoRows', () => ({})],
	[/^the file has more than (\d+) rows/, 'admin.import.msgTooManyRows', (m) => ({ max: m[1] })]
];

export function importMessage(i18n: I18n, message: string): string {
	for (const [pattern, key, values] of PATTERNS) {
		const match = message.match(pattern);
		if (match) return i18n.t(key, values(match));
	}
	return message;
}

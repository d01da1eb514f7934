// The columns of a contacts CSV: the ingest API's fields (shared/INGEST.md) flattened. Shared by
// the server's parser and the import page, which lists them for the admin.
export const CSV_FIELDS = [
	'externalId',
	'channel',
	'startedAt',
	'endedAt',
	'firstResponseSeconds',
	'agent.externalId',
	'agent.name',
	'agent.email',
	'agent.team',
	'customer.externalId',
	'customer.email',
	'customer.name',
	'customer.locale',
	'reason',
	'resolvedByAgent',
	'kbArticle',
	'kbGap',
	'emotion',
	'causeDepartment',
	'survey'
] as const;

export type CsvField = (typeof CSV_FIELDS)[number];

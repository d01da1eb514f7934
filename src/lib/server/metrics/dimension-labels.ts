// Names for the ids a breakdown or trend is split by. Channels, value classes and languages are
// codes that the pages translate with their own i18n, so they get no label here.
import type pg from 'pg';
import type { Dimension } from './rollup-sql';

export type Label = { nl: string; en: string };

const LOOKUPS: Partial<Record<Dimension, string>> = {
	team: 'SELECT id::text AS key, name AS nl, name AS en FROM team WHERE id = ANY($1::int[])',
	agent: 'SELECT id::text AS key, name AS nl, name AS en FROM agent WHERE id = ANY($1::int[])',
	reason:
		'SELECT id::text AS key, name_nl AS nl, name_en AS en FROM contact_reason WHERE id = ANY($1::int[])'
};

export async function dimensionLabels(
	client: pg.ClientBase,
	dimension: Dimension,
	keys: (string | null)[]
): Promise<Map<string, Label>> {
	const sql = LOOKUPS[dimension];
	const ids = keys.filter((key): key is string => key !== null).map(Number);
	if (!sql || ids.length === 0) return new Map();
	const { rows } = await client.query<Label & { key: string }>(sql, [ids]);
	return new Map(rows.map((row) => [row.key, { nl: row.nl, en: row.en }]));
}

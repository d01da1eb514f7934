// schema.prisma and the SQL migrations are written separately (the schema engine that would
// generate one from the other cannot be downloaded here). This test fails as soon as they disagree
// on a table, column, type, nullability, unique constraint, index or enum.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database';
import { expectedSchema, type ExpectedColumn } from './support/schema-model';

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
	database = await createTestDatabase('drift');
	client = new pg.Client({ connectionString: database.url });
	await client.connect();
});

afterAll(async () => {
	await client.end();
	await database.drop();
});

async function actualColumns(): Promise<ExpectedColumn[]> {
	const { rows } = await client.query<{
		table: string;
		column: string;
		type: string;
		nullable: boolean;
	}>(`
		SELECT c.relname AS table, a.attname AS column,
		       format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
		  FROM pg_attribute a
		  JOIN pg_class c ON c.oid = a.attrelid
		  JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
		   AND c.relname <> '_prisma_migrations'`);
	// Prisma's DateTime @db.Timestamptz(3) is "timestamp(3) with time zone" in PostgreSQL.
	return rows.map((r) => ({
		...r,
		type: r.type.replace(/^timestamp\(3\) with time zone/, 'timestamp with time zone')
	}));
}

async function actualIndexes(unique: boolean): Promise<string[]> {
	const { rows } = await client.query<{ description: string }>(
		`SELECT t.relname || '(' || string_agg(a.attname, ',' ORDER BY k.ord) || ')' AS description
		   FROM pg_index i
		   JOIN pg_class t ON t.oid = i.indrelid
		   JOIN pg_namespace n ON n.oid = t.relnamespace
		   CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
		   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
		  WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations' AND i.indisunique = $1
		  GROUP BY i.indexrelid, t.relname`,
		[unique]
	);
	return rows.map((r) => r.description).sort();
}

describe('schema.prisma and the migrated database', () => {
	const expected = expectedSchema();

	it('have the same tables', async () => {
		const { rows } = await client.query<{ table: string }>(
			`SELECT tablename AS table FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
		);
		expect(rows.map((r) => r.table).sort()).toEqual(expected.tables);
	});

	it('have the same columns with the same types and nullability', async () => {
		const key = (c: ExpectedColumn) =>
			`${c.table}.${c.column}: ${c.type}${c.nullable ? ' NULL' : ' NOT NULL'}`;
		expect((await actualColumns()).map(key).sort()).toEqual(expected.columns.map(key).sort());
	});

	it('have the same primary keys and unique constraints', async () => {
		expect(await actualIndexes(true)).toEqual(expected.unique);
	});

	it('have the same plain indexes', async () => {
		expect(await actualIndexes(false)).toEqual(expected.indexes);
	});

	it('have the same enums with the same values in order', async () => {
		const { rows } = await client.query<{ name: string; values: string[] }>(
			`SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
			   FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`
		);
		expect(Object.fromEntries(rows.map((r) => [r.name, r.values]))).toEqual(expected.enums);
	});
});

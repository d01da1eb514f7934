import fs from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations, type Migration } from '../../src/lib/server/db/migrate';
import { createEmptyDatabase, dropDatabase } from './support/database';

const created: string[] = [];

async function emptyDatabase() {
	const database = await createEmptyDatabase('migrate');
	created.push(database.name);
	return database;
}

async function rows(url: string, sql: string) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(sql)).rows;
	} finally {
		await client.end();
	}
}

afterEach(async () => {
	while (created.length) await dropDatabase(created.pop()!);
});

describe('migration applier', () => {
	const migrations = readMigrations('prisma/migrations');

	it('applies every migration to a fresh database and records it the way Prisma does', async () => {
		const { url } = await emptyDatabase();
		const applied = await migrate(url, migrations);
		expect(applied).toEqual(migrations.map((m) => m.name));
		const recorded = await rows(
			url,
			'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name'
		);
		expect(recorded.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
		expect(recorded.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum));
		expect(recorded.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
		expect(await rows(url, 'SELECT count(*)::int AS n FROM contact')).toEqual([{ n: 0 }]);
	});

	it('applies nothing the second time', async () => {
		const { url } = await emptyDatabase();
		await migrate(url, migrations);
		expect(await migrate(url, migrations)).toEqual([]);
	});

	it('refuses to start when an applied migration file has changed', async () => {
		const { url } = await emptyDatabase();
		await migrate(url, migrations);
		const changed: Migration[] = migrations.map((m, i) =>
			i === 0 ? { ...m, sql: m.sql + '\n-- edited', checksum: 'f'.repeat(64) } : m
		);
		await expect(migrate(url, changed)).rejects.toThrow(/was changed after it was applied/);
	});

	it('rolls a failing migration back completely and records nothing', async () => {
		const { url } = await emptyDatabase();
		await migrate(url, migrations);
		const broken: Migration = {
			name: '29990101000000_broken',
			sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;',
			checksum: '0'.repeat(64)
		};
		await expect(migrate(url, [...migrations, broken])).rejects.toThrow(
			/failed and was rolled back/
		);
		const tables = await rows(url, "SELECT to_regclass('half_done') AS t");
		expect(tables[0].t).toBeNull();
		const recorded = await rows(
			url,
			`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '${broken.name}'`
		);
		expect(recorded).toHaveLength(0);
	});

	it('lets two processes start at once: one applies, the other waits and finds nothing to do', async () => {
		const { url } = await emptyDatabase();
		const [a, b] = await Promise.all([migrate(url, migrations), migrate(url, migrations)]);
		expect([...a, ...b].sort()).toEqual(migrations.map((m) => m.name).sort());
		const recorded = await rows(url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"');
		expect(recorded[0].n).toBe(migrations.length);
	});

	it('refuses a database migrated by a newer version', async () => {
		const { url } = await emptyDatabase();
		const newer: Migration = {
			name: '29990101000000_future',
			sql: 'SELECT 1',
			checksum: '1'.repeat(64)
		};
		await migrate(url, [...migrations, newer]);
		await expect(migrate(url, migrations)).rejects.toThrow(/does not know/);
	});

	it('ships every migration as Prisma folder format', () => {
		for (const m of migrations) expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
		expect(fs.existsSync('prisma/migrations/migration_lock.toml')).toBe(true);
	});
});

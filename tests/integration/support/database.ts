// A fresh, migrated database per test file on the shared embedded server of global-setup.ts.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../../src/lib/server/db/client';
import { migrate } from '../../../src/lib/server/db/migrate';

export type TestDatabase = Database & { url: string; name: string; drop: () => Promise<void> };

export function adminUrl(): string {
	return inject('pgAdminUrl');
}

export function databaseUrl(name: string): string {
	const url = new URL(adminUrl());
	url.pathname = `/${name}`;
	return url.toString();
}

/** Creates an empty database (no migrations applied). */
export async function createEmptyDatabase(prefix = 'test'): Promise<{ name: string; url: string }> {
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl() });
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE "${name}"`);
	} finally {
		await admin.end();
	}
	return { name, url: databaseUrl(name) };
}

export async function dropDatabase(name: string): Promise<void> {
	const admin = new pg.Client({ connectionString: adminUrl() });
	await admin.connect();
	try {
		await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
	} finally {
		await admin.end();
	}
}

/** Creates a database with every migration applied and opens the app's client on it. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
	const { name, url } = await createEmptyDatabase(prefix);
	await migrate(url);
	const database = openDatabase(url, 4);
	return {
		...database,
		url,
		name,
		drop: async () => {
			await database.close();
			await dropDatabase(name);
		}
	};
}

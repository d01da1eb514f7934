// Helpers for the survey page tests (survey-*.test.ts, follow-ups*.test.ts): call the routes'
// own server code (load, actions, +server.ts) the way SvelteKit does, on a test database.
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { Database } from '../../src/lib/server/db/client';

export const BASE = 'https://klantstem.example.org';

/** The route modules call `db()`; point it at this test file's database. */
export function serveRoutesFrom(database: Database): void {
	(globalThis as { __klantstemReady?: unknown }).__klantstemReady = { database };
}

export type Outcome =
	| { kind: 'data'; value: unknown }
	| { kind: 'redirect'; status: number; location: string }
	| { kind: 'error'; status: number };

/** Runs a load or action and tells what SvelteKit would do: render, redirect or show an error. */
export async function outcome(run: () => unknown): Promise<Outcome> {
	try {
		return { kind: 'data', value: await run() };
	} catch (thrown) {
		if (isRedirect(thrown))
			return { kind: 'redirect', status: thrown.status, location: thrown.location };
		if (isHttpError(thrown)) return { kind: 'error', status: thrown.status };
		throw thrown;
	}
}

/** The event a page's load gets; `locals` is returned so the test can see what it set. */
export function loadEvent(path: string, params: Record<string, string>) {
	const locals = { user: null, locale: 'nl' as 'nl' | 'en' };
	const headers: Record<string, string> = {};
	const event = {
		params,
		url: new URL(path, BASE),
		locals,
		setHeaders: (values: Record<string, string>) => Object.assign(headers, values)
	};
	return { event: event as never, locals, headers };
}

/** A browser's form POST to a page's default action. */
export function actionEvent(path: string, params: Record<string, string>, fields: string[][]) {
	const url = new URL(path, BASE);
	const request = new Request(url, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams(fields).toString()
	});
	return { params, url, request, locals: { user: null, locale: 'nl' } } as never;
}

/**
 * Everything the survey pages could write, as one string: equal before and after means nothing
 * was written (no insert, update or delete in these tables).
 */
export async function fingerprint({ pool }: Database): Promise<string> {
	const tables = ['invitation', 'response', 'follow_up', 'customer', 'contact'];
	const parts = await Promise.all(
		tables.map(async (table) => {
			const { rows } = await pool.query<{ digest: string | null; n: number }>(
				`SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest, count(*)::int AS n
				   FROM ${table} t`
			);
			return `${table}:${rows[0].n}:${rows[0].digest}`;
		})
	);
	return parts.join(' ');
}

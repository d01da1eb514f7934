import { error } from '@sveltejs/kit';

/** A numeric id from the URL; anything else is a page that does not exist. */
export function numericId(raw: string): number {
	const id = Number(raw);
	if (!/^[1-9]\d{0,9}$/.test(raw) || id > 2_147_483_647) error(404, 'Not found');
	return id;
}

/** One of the allowed values of a query parameter, or the fallback. */
export function oneOf<T extends string>(raw: string | null, allowed: readonly T[], fallback: T): T {
	return (allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback;
}

/** ?page=N as a positive whole number, 1 when missing or odd. */
export function pageParam(url: URL): number {
	const page = Number(url.searchParams.get('page'));
	return Number.isInteger(page) && page > 0 && page <= 100_000 ? page : 1;
}

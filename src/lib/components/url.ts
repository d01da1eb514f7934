// Links that change some query parameters and keep the others (filters, sorting, paging).
import type { PathnameWithSearchOrHash, ResolvedPathname } from '$app/types';

/** The URL's pathname already carries the base path, so the result is a resolved pathname. */
export function withParams(
	url: URL,
	changes: Record<string, string | number | null>
): ResolvedPathname {
	const params = new URLSearchParams(url.searchParams);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null || value === '') params.delete(name);
		else params.set(name, String(value));
	}
	const query = params.toString();
	return (query ? `${url.pathname}?${query}` : url.pathname) as ResolvedPathname;
}

/**
 * An internal link, checked against the app's routes like `resolve()` from $app/paths. Klantstem
 * runs without a base path, so the pathname is used as it is: `resolve()` would render relative
 * hrefs ("../agents/5") on the server (kit.paths.relative), and absolute ones are what readers
 * copy, bookmarks keep and tests look for.
 */
export function link<T extends PathnameWithSearchOrHash>(path: T): ResolvedPathname {
	return path as unknown as ResolvedPathname;
}

// Only same-site paths are followed after sign-in or a language switch; anything else (another
// host, "//evil.example", "/\evil.example") falls back to a page of our own.
export function sameSitePath(value: unknown, fallback: string): string {
	if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
	if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
	try {
		const url = new URL(value, 'http://klantstem.invalid');
		if (url.origin !== 'http://klantstem.invalid') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}

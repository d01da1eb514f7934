// Which language to answer in: an explicit choice (cookie) wins, then the user's profile, then the
// browser's Accept-Language; Dutch is the default.
export type Locale = 'nl' | 'en';
export const locales: readonly Locale[] = ['nl', 'en'];

export function isLocale(value: unknown): value is Locale {
	return value === 'nl' || value === 'en';
}

export function pickLocale(
	cookie: string | undefined,
	profile: string | undefined,
	acceptLanguage: string | null
): Locale {
	if (isLocale(cookie)) return cookie;
	if (isLocale(profile)) return profile;
	const preferred = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag, q] = part.trim().split(';q=');
			return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) };
		})
		.filter((entry) => isLocale(entry.lang) && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	return preferred.length ? (preferred[0].lang as Locale) : 'nl';
}

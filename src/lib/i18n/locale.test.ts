import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale';

describe('pickLocale', () => {
	it.each([
		['cookie wins', 'en', 'nl', 'nl-NL', 'en'],
		['profile next', undefined, 'en', 'nl', 'en'],
		['then the browser', undefined, undefined, 'en-GB,en;q=0.9,nl;q=0.8', 'en'],
		['browser by quality', undefined, undefined, 'de;q=1,en;q=0.5,nl;q=0.9', 'nl'],
		['unsupported browser languages fall back to Dutch', undefined, undefined, 'de,fr', 'nl'],
		['an invalid cookie is ignored', 'xx', undefined, 'en', 'en'],
		['nothing known: Dutch', undefined, undefined, null, 'nl']
	])('%s', (_name, cookie, profile, accept, expected) => {
		expect(pickLocale(cookie, profile, accept)).toBe(expected);
	});
});

import { describe, expect, it } from 'vitest';
import { sameSitePath } from './safe-redirect';

describe('sameSitePath', () => {
	it('follows paths of this site, with their query', () => {
		expect(sameSitePath('/teams/3?days=90', '/')).toBe('/teams/3?days=90');
		expect(sameSitePath('/overview', '/')).toBe('/overview');
	});

	it('falls back for anything that could lead elsewhere', () => {
		for (const next of [
			'//evil.example/x',
			'/\\evil.example',
			'https://evil.example/',
			'evil',
			'',
			null
		])
			expect(sameSitePath(next, '/home')).toBe('/home');
	});
});

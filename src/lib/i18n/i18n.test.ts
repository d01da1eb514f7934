import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18n, i18nFor } from './index';
import { nl } from './nl';

function keys(tree: object, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)
	);
}

describe('i18n', () => {
	it('has the same keys in Dutch and English, none of them empty', () => {
		expect(keys(en).sort()).toEqual(keys(nl).sort());
		for (const key of keys(en)) expect(i18nFor('en').t(key as never)).not.toBe('');
	});

	it('uses each placeholder of a Dutch message in its English one too', () => {
		const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
		const at = (tree: object, key: string) =>
			key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
		for (const key of keys(nl))
			expect(placeholders(at(en, key) as string), key).toEqual(placeholders(at(nl, key) as string));
	});

	it('translates with values and plurals in both languages', () => {
		expect(i18nFor('nl').t('metrics.answers', { count: 1, n: '1' })).toBe('n = 1 antwoord');
		expect(i18nFor('nl').t('metrics.answers', { count: 1234, n: '1.234' })).toBe(
			'n = 1.234 antwoorden'
		);
		expect(i18nFor('en').t('metrics.answers', { count: 2, n: '2' })).toBe('n = 2 answers');
		expect(i18nFor('en').t('metrics.interval', { range: '31–38' })).toBe('95 % interval 31–38');
	});

	it('keeps two languages apart when both are in use at once', () => {
		const dutch = i18nFor('nl');
		const english = i18nFor('en');
		expect([dutch.t('app.signOut'), english.t('app.signOut'), dutch.t('app.signOut')]).toEqual([
			'Uitloggen',
			'Sign out',
			'Uitloggen'
		]);
	});

	it('follows a changing locale (the layout data after a language switch)', () => {
		let locale: 'nl' | 'en' = 'nl';
		const i18n = createI18n(() => locale);
		expect(i18n.t('nav.overview')).toBe('Overzicht');
		locale = 'en';
		expect(i18n.t('nav.overview')).toBe('Overview');
		expect(i18n.locale).toBe('en');
	});

	it('translates catalogue keys and known English messages of other modules', () => {
		const dutch = i18nFor('nl');
		expect(dutch.message('errors.teamNameTaken')).toBe('Er is al een team met deze naam.');
		expect(dutch.message('Use at least 10 characters')).toBe('Gebruik minstens 10 tekens.');
		expect(dutch.message('This agent already has a user (a@b.nl)')).toBe(
			'Deze medewerker heeft al een gebruiker (a@b.nl).'
		);
		expect(dutch.message('Something nobody translated')).toBe('Something nobody translated');
	});

	it('formats numbers the way each language writes them', () => {
		expect(i18nFor('nl').number(1234.5, 1)).toBe('1.234,5');
		expect(i18nFor('en').number(1234.5, 1)).toBe('1,234.5');
		expect(i18nFor('nl').signed(-12)).toBe('−12');
		expect(i18nFor('en').signed(34)).toBe('+34');
		expect(i18nFor('en').signed(0)).toBe('0');
		expect(i18nFor('nl').range(5.25, 5.94, 1)).toBe('5,3–5,9');
		expect(i18nFor('en').range(-6, 35, 0, true)).toBe('−6 – +35');
	});
});

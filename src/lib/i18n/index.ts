// Translation with i18next. One i18next instance per language, created once and never switched
// to another language, so requests in Dutch and English can run at the same time on the server
// without sharing mutable state. Pages get a translator from Svelte context (context.ts); server
// code (form actions) calls `i18nFor(locale)`.
import i18next, { type i18n as I18next } from 'i18next';
import { en } from './en';
import { formatters, type Formatters } from './format';
import { knownServerMessage } from './known-messages';
import type { Locale } from './locale';
import { nl, type Messages } from './nl';

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer Base}_${Plural}` ? Base : K;

/** Every key of the catalogue, as 'area.key'; plural forms (x_one, x_other) are called as 'x'. */
export type MessageKey = {
	[K in keyof Messages & string]: Messages[K] extends string
		? StripPlural<K>
		: {
				[L in keyof Messages[K] & string]: Messages[K][L] extends string
					? `${K}.${StripPlural<L>}`
					: `${K}.${L}.${StripPlural<keyof Messages[K][L] & string>}`;
			}[keyof Messages[K] & string];
}[keyof Messages & string];

export type TranslateValues = Record<string, string | number | null | undefined>;
export type Translate = (key: MessageKey, values?: TranslateValues) => string;

export type I18n = Formatters & {
	readonly locale: Locale;
	t: Translate;
	/**
	 * Translates a message that may be a catalogue key (our services' errors) or a known English
	 * message of another module; anything else is shown as it is.
	 */
	message: (message: string, values?: TranslateValues) => string;
};

const instances = new Map<Locale, I18next>();

function instance(locale: Locale): I18next {
	let found = instances.get(locale);
	if (!found) {
		found = i18next.createInstance();
		void found.init({
			lng: locale,
			fallbackLng: 'en',
			resources: { nl: { translation: nl }, en: { translation: en } },
			initAsync: false,
			// Svelte escapes what it renders; escaping here would show &amp; on screen.
			interpolation: { escapeValue: false },
			returnNull: false
		});
		instances.set(locale, found);
	}
	return found;
}

function translateMessage(locale: Locale, message: string, values: TranslateValues = {}): string {
	const known = knownServerMessage(message);
	const target = instance(locale);
	if (known) return target.t(known.key, known.values ?? {}) as string;
	if (/^[a-z]+(\.[a-zA-Z0-9]+)+$/.test(message) && target.exists(message))
		return target.t(message, values) as string;
	return message;
}

/** A translator whose language follows `locale()` (reactive when it reads component props). */
export function createI18n(locale: () => Locale): I18n {
	const format = (name: keyof Formatters) =>
		((...args: unknown[]) =>
			(formatters(locale())[name] as (...a: unknown[]) => string)(...args)) as never;
	return {
		get locale() {
			return locale();
		},
		t: (key, values) => instance(locale()).t(key, values ?? {}) as string,
		message: (message, values) => translateMessage(locale(), message, values),
		number: format('number'),
		signed: format('signed'),
		percent: format('percent'),
		range: format('range'),
		dateTime: format('dateTime'),
		date: format('date')
	};
}

/** A translator for one fixed language, e.g. the request's in a form action. */
export function i18nFor(locale: Locale): I18n {
	return createI18n(() => locale);
}

export type { Locale };

// Numbers and dates in the reader's language: 1.234,5 in Dutch, 1,234.5 in English.
import type { Locale } from './locale';

export type Formatters = {
	/** A number with a fixed count of decimals (default 0). */
	number: (value: number, digits?: number) => string;
	/** With a sign for non-zero values, as NPS is shown: +34, −12. */
	signed: (value: number, digits?: number) => string;
	/** A value on 0–100 as a percentage. */
	percent: (value: number, digits?: number) => string;
	/** An interval "31–38" with both ends formatted alike. */
	range: (low: number, high: number, digits?: number, signed?: boolean) => string;
	dateTime: (value: Date | string) => string;
	date: (value: Date | string) => string;
};

const tag: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number, signed: boolean): Intl.NumberFormat {
	const key = `${locale}:${digits}:${signed}`;
	let found = cache.get(key);
	if (!found) {
		found = new Intl.NumberFormat(tag[locale], {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			signDisplay: signed ? 'exceptZero' : 'auto'
		});
		cache.set(key, found);
	}
	return found;
}

// A true minus sign reads better than a hyphen next to figures.
const minus = (text: string) => text.replace('-', '−');

export function formatters(locale: Locale): Formatters {
	const number = (value: number, digits = 0) =>
		minus(numberFormat(locale, digits, false).format(value));
	const signed = (value: number, digits = 0) =>
		minus(numberFormat(locale, digits, true).format(value));
	return {
		number,
		signed,
		percent: (value, digits = 0) => `${number(value, digits)}%`,
		range: (low, high, digits = 0, withSign = false) =>
			withSign
				? `${signed(low, digits)} – ${signed(high, digits)}`
				: `${number(low, digits)}–${number(high, digits)}`,
		dateTime: (value) =>
			new Intl.DateTimeFormat(tag[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
				new Date(value)
			),
		date: (value) =>
			new Intl.DateTimeFormat(tag[locale], { dateStyle: 'medium' }).format(new Date(value))
	};
}

// Reads the program form (ProgramForm.svelte) into the procedure's input. Numbers that are empty
// or not numbers become NaN, so the schema answers with the field's own message.
import type { ProgramInput } from '$lib/server/surveys/programs';
import { numbers, strings, text } from '../form.server';
import type { ProgramFormValues } from './program-values';

const NUMBERS = [
	'priority',
	'delayMinutes',
	'samplingPercent',
	'fatigueDays',
	'maxContactAgeHours',
	'expiryDays'
] as const;

const numberOf = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw.trim()));

export function programFromForm(form: FormData) {
	const values: ProgramFormValues = {
		name: text(form, 'name'),
		active: text(form, 'active'),
		channels: strings(form, 'channels'),
		reasonIds: strings(form, 'reasonIds'),
		priority: text(form, 'priority'),
		firstQuestion: text(form, 'firstQuestion'),
		ask: strings(form, 'ask'),
		delayMinutes: text(form, 'delayMinutes'),
		samplingPercent: text(form, 'samplingPercent'),
		fatigueDays: text(form, 'fatigueDays'),
		maxContactAgeHours: text(form, 'maxContactAgeHours'),
		expiryDays: text(form, 'expiryDays'),
		reminderAfterDays: text(form, 'reminderAfterDays'),
		senderName: text(form, 'senderName'),
		brandColor: text(form, 'brandColor'),
		logoUrl: text(form, 'logoUrl')
	};
	const numeric = Object.fromEntries(NUMBERS.map((name) => [name, numberOf(values[name])]));
	const input = {
		...numeric,
		name: values.name,
		active: values.active === 'on',
		channels: values.channels,
		reasonIds: numbers(form, 'reasonIds'),
		firstQuestion: values.firstQuestion,
		askCsat: values.ask.includes('csat'),
		askNps: values.ask.includes('nps'),
		askCes: values.ask.includes('ces'),
		askResolved: values.ask.includes('resolved'),
		askComment: values.ask.includes('comment'),
		// Empty means "no reminder".
		reminderAfterDays:
			values.reminderAfterDays.trim() === '' ? null : numberOf(values.reminderAfterDays),
		senderName: values.senderName,
		brandColor: values.brandColor,
		logoUrl: values.logoUrl.trim() === '' ? null : values.logoUrl
	} as ProgramInput;
	return { values, input };
}

// Shared by the admin form actions: read form fields, call a procedure, and turn a refusal into
// field errors in the reader's language (or a 403/404 page for access errors).
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError } from 'zod';
import { i18nFor } from '$lib/i18n';
import type { Locale } from '$lib/i18n/locale';
import { UserError } from '$lib/server/auth/users';
import { OrganisationError } from '$lib/server/organisation';

export type FormValues = Record<string, string | string[]>;

export type FormFailure = {
	/** Which form on the page failed (a page may have several). */
	form: string;
	values: FormValues;
	errors: Record<string, string>;
	message: string | null;
};

// Procedure inputs nest the edited object (`{ id, user: {...} }`); fields are named without it.
const WRAPPERS = new Set(['user', 'team', 'agent']);

function fieldOf(path: readonly PropertyKey[]): string {
	return (
		path.find((part): part is string => typeof part === 'string' && !WRAPPERS.has(part)) ?? '_'
	);
}

function failure(form: string, values: FormValues, errors: Record<string, string>) {
	const { _: message = null, ...fields } = errors;
	return fail(400, { form, values, errors: fields, message } satisfies FormFailure);
}

/** Runs a mutation; validation and domain errors come back as a 400 with per-field messages. */
export async function attempt<T>(
	locale: Locale,
	form: string,
	values: FormValues,
	run: () => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; failure: ActionFailure<FormFailure> }> {
	const i18n = i18nFor(locale);
	try {
		return { ok: true, value: await run() };
	} catch (caught) {
		if (!(caught instanceof TRPCError)) throw caught;
		const status = getHTTPStatusCodeFromError(caught);
		if (status === 401 || status === 403 || status === 404) error(status, caught.message);
		const cause = caught.cause;
		const errors: Record<string, string> = {};
		if (cause instanceof ZodError) {
			for (const issue of cause.issues) errors[fieldOf(issue.path)] ??= i18n.message(issue.message);
		} else if (cause instanceof OrganisationError) {
			errors[cause.field] = i18n.message(cause.message, cause.values);
		} else if (cause instanceof UserError) {
			errors[cause.field] = i18n.message(cause.message);
		} else throw caught;
		return { ok: false, failure: failure(form, values, errors) };
	}
}

/** A failure found before calling the procedure (e.g. two passwords that differ). */
export function invalid(form: string, values: FormValues, errors: Record<string, string>) {
	return failure(form, values, errors);
}

export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** A select's numeric value; '' (the "none" option) is null. Odd input becomes NaN for zod. */
export function optionalNumber(form: FormData, name: string): number | null {
	const value = text(form, name).trim();
	return value === '' ? null : Number(value);
}

export function numbers(form: FormData, name: string): number[] {
	return form.getAll(name).map((value) => Number(value));
}

export function strings(form: FormData, name: string): string[] {
	return form.getAll(name).filter((value): value is string => typeof value === 'string');
}

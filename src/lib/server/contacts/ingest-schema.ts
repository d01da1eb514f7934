// What a source may send to POST /api/v1/contacts (shared/INGEST.md). Every problem is reported
// as { index, field, message } with `field` a dotted path, so an integrator can fix all of a
// batch in one go. Unknown fields are ignored: the API may gain fields, and sources may send more.
import { z } from 'zod';

export const CHANNELS = ['phone', 'email', 'chat', 'social', 'in_person'] as const;
export const EMOTIONS = ['angry', 'frustrated', 'worried', 'neutral', 'positive'] as const;
export const KB_GAPS = ['missing', 'insufficient'] as const;
export const LOCALES = ['nl', 'en'] as const;
export const MAX_CONTACTS_PER_REQUEST = 1000;
/** Beyond this an integer column overflows; no real response time comes near it. */
const MAX_INT = 2_147_483_647;

export type Channel = (typeof CHANNELS)[number];
export type IngestError = { index: number; field: string; message: string };

type Issue = { input?: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "is required" when the field is missing, otherwise what it should have been. */
const expected = (what: string) => ({
	error: (issue: Issue) => (issue.input === undefined ? 'is required' : `must be ${what}`)
});

const text = (max: number) =>
	z
		.string(expected('a string'))
		.trim()
		.min(1, 'must not be empty')
		.max(max, `must be at most ${max} characters`);

/** Ids are kept exactly as sent (no trimming): they are the source's keys. */
const identifier = z
	.string(expected('a string'))
	.min(1, 'must not be empty')
	.max(200, 'must be at most 200 characters')
	.refine((value) => value.trim() === value, 'must not start or end with spaces');

const email = z
	.string(expected('a string'))
	.trim()
	.toLowerCase()
	.max(320, 'must be at most 320 characters')
	.pipe(z.email('must be an e-mail address, e.g. klant@example.nl'));

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, expected(`one of ${values.join(', ')}`));

const dateTime = z.iso
	.datetime({
		offset: true,
		...expected('an ISO 8601 date-time with a time-zone offset, e.g. 2026-11-24T14:05:00+01:00')
	})
	.transform((value) => new Date(value));

/** Optional fields also accept null, the way many sources write "none". */
const optional = <T extends z.ZodType>(schema: T) =>
	schema.nullish().transform((value) => value ?? undefined);

const agentInput = z.object(
	{
		externalId: identifier,
		name: optional(text(200)),
		email: optional(email),
		team: optional(text(100))
	},
	expected('an object with at least an externalId')
);

const customerInput = z
	.object(
		{
			externalId: optional(identifier),
			email: optional(email),
			name: optional(text(200)),
			/** Left undefined when absent so that an existing customer keeps theirs; new ones get nl. */
			locale: optional(oneOf(LOCALES))
		},
		expected('an object with an externalId or an email')
	)
	.refine((customer) => customer.externalId !== undefined || customer.email !== undefined, {
		message: 'needs an externalId or an email',
		// Only when both are absent; an invalid one already has its own message.
		when: ({ value }) => isPlainObject(value) && value.externalId == null && value.email == null
	});

export const contactInput = z
	.object(
		{
			externalId: identifier,
			channel: oneOf(CHANNELS),
			startedAt: optional(dateTime),
			endedAt: dateTime,
			firstResponseSeconds: optional(
				z
					.number(expected('a whole number of seconds'))
					.min(0, 'must not be negative')
					.refine(Number.isInteger, 'must be a whole number of seconds')
					.max(MAX_INT, `must be at most ${MAX_INT}`)
			),
			agent: agentInput,
			otherAgents: optional(
				z.array(agentInput, expected('an array of agents')).max(50, 'must list at most 50 agents')
			),
			customer: customerInput,
			reason: optional(text(100)),
			resolvedByAgent: optional(z.boolean(expected('true or false'))),
			kbArticle: optional(text(2000)),
			kbGap: optional(oneOf(KB_GAPS)),
			emotion: optional(oneOf(EMOTIONS)),
			causeDepartment: optional(text(100)),
			survey: optional(z.boolean(expected('false (or left out)')))
		},
		expected('a contact object')
	)
	.refine(({ startedAt, endedAt }) => startedAt === undefined || startedAt <= endedAt, {
		message: 'must not be later than endedAt',
		path: ['startedAt'],
		// Also when other fields are invalid, so one answer lists every problem.
		when: ({ value }) =>
			isPlainObject(value) && value.startedAt instanceof Date && value.endedAt instanceof Date
	});

export type ContactInput = z.output<typeof contactInput>;
export type AgentInput = z.output<typeof agentInput>;
export type CustomerInput = z.output<typeof customerInput>;

export type ParsedBody =
	| { ok: true; contacts: ContactInput[] }
	| { ok: false; status: 400; message: string }
	| { ok: false; status: 422; errors: IngestError[] };

/** One contact object, or { contacts: [...] } with 1 to 1,000 of them. */
export function parseIngestBody(body: unknown): ParsedBody {
	if (!isPlainObject(body))
		return {
			ok: false,
			status: 400,
			message: 'The body must be one contact object or {"contacts": [...]}'
		};
	let items: unknown[];
	if ('contacts' in body) {
		if (!Array.isArray(body.contacts))
			return { ok: false, status: 400, message: '"contacts" must be an array of contact objects' };
		if (body.contacts.length === 0)
			return { ok: false, status: 400, message: '"contacts" is empty: send at least one contact' };
		if (body.contacts.length > MAX_CONTACTS_PER_REQUEST)
			return {
				ok: false,
				status: 400,
				message: `"contacts" holds ${body.contacts.length} contacts; send at most ${MAX_CONTACTS_PER_REQUEST} per request`
			};
		items = body.contacts;
	} else {
		items = [body];
	}

	const errors: IngestError[] = [];
	const contacts: ContactInput[] = [];
	items.forEach((item, index) => {
		const result = contactInput.safeParse(item);
		if (result.success) contacts.push(result.data);
		else
			for (const issue of result.error.issues)
				errors.push({ index, field: issue.path.join('.'), message: issue.message });
	});
	errors.push(...duplicateIds(items));
	if (errors.length > 0) {
		errors.sort((a, b) => a.index - b.index);
		return { ok: false, status: 422, errors };
	}
	return { ok: true, contacts };
}

/** The same contact twice in one request is ambiguous (which version counts?): refuse it. */
function duplicateIds(items: unknown[]): IngestError[] {
	const firstAt = new Map<string, number>();
	const errors: IngestError[] = [];
	items.forEach((item, index) => {
		if (!isPlainObject(item) || typeof item.externalId !== 'string') return;
		const first = firstAt.get(item.externalId);
		if (first === undefined) firstAt.set(item.externalId, index);
		else
			errors.push({
				index,
				field: 'externalId',
				message: `is also used by the contact at index ${first}; send each contact once per request`
			});
	});
	return errors;
}

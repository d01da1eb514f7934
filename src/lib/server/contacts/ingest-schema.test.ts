import { describe, expect, it } from 'vitest';
import { MAX_CONTACTS_PER_REQUEST, parseIngestBody, type IngestError } from './ingest-schema';

const valid = {
	externalId: 'K-1',
	channel: 'phone',
	endedAt: '2026-11-24T14:05:00+01:00',
	agent: { externalId: 'A-1' },
	customer: { externalId: 'C-1' }
};

function errorsOf(contact: unknown): Omit<IngestError, 'index'>[] {
	const parsed = parseIngestBody(contact);
	if (parsed.ok || parsed.status !== 422)
		throw new Error(`expected 422, got ${JSON.stringify(parsed)}`);
	return parsed.errors.map(({ field, message }) => ({ field, message }));
}

describe('one contact: each invalid field is named with a specific message', () => {
	const cases: [string, Record<string, unknown>, string, RegExp][] = [
		['missing externalId', { externalId: undefined }, 'externalId', /is required/],
		['empty externalId', { externalId: '' }, 'externalId', /must not be empty/],
		['externalId over 200', { externalId: 'x'.repeat(201) }, 'externalId', /at most 200/],
		['numeric externalId', { externalId: 12 }, 'externalId', /must be a string/],
		[
			'unknown channel',
			{ channel: 'fax' },
			'channel',
			/one of phone, email, chat, social, in_person/
		],
		['missing channel', { channel: undefined }, 'channel', /is required/],
		['missing endedAt', { endedAt: undefined }, 'endedAt', /is required/],
		['endedAt without offset', { endedAt: '2026-11-24T14:05:00' }, 'endedAt', /time-zone offset/],
		['endedAt not a date', { endedAt: 'yesterday' }, 'endedAt', /ISO 8601/],
		['impossible date', { endedAt: '2026-02-30T10:00:00Z' }, 'endedAt', /ISO 8601/],
		[
			'startedAt after endedAt',
			{ startedAt: '2026-11-24T14:06:00+01:00' },
			'startedAt',
			/not be later than endedAt/
		],
		[
			'negative firstResponseSeconds',
			{ firstResponseSeconds: -1 },
			'firstResponseSeconds',
			/not be negative/
		],
		[
			'fractional firstResponseSeconds',
			{ firstResponseSeconds: 1.5 },
			'firstResponseSeconds',
			/whole number/
		],
		['missing agent', { agent: undefined }, 'agent', /is required/],
		['agent without externalId', { agent: { name: 'Sanne' } }, 'agent.externalId', /is required/],
		[
			'agent with a bad e-mail',
			{ agent: { externalId: 'A', email: 'sanne' } },
			'agent.email',
			/e-mail address/
		],
		[
			'team name over 100',
			{ agent: { externalId: 'A', team: 'x'.repeat(101) } },
			'agent.team',
			/at most 100/
		],
		[
			'other agent without id',
			{ otherAgents: [{ externalId: 'A-2' }, {}] },
			'otherAgents.1.externalId',
			/is required/
		],
		['otherAgents not an array', { otherAgents: 'A-2' }, 'otherAgents', /array of agents/],
		['missing customer', { customer: undefined }, 'customer', /is required/],
		[
			'customer without id or e-mail',
			{ customer: { name: 'Jan' } },
			'customer',
			/externalId or an email/
		],
		[
			'customer with a bad e-mail',
			{ customer: { email: 'jan@' } },
			'customer.email',
			/e-mail address/
		],
		[
			'customer locale de',
			{ customer: { externalId: 'C', locale: 'de' } },
			'customer.locale',
			/one of nl, en/
		],
		['empty reason', { reason: '  ' }, 'reason', /must not be empty/],
		['resolvedByAgent as text', { resolvedByAgent: 'yes' }, 'resolvedByAgent', /true or false/],
		['unknown kbGap', { kbGap: 'outdated' }, 'kbGap', /one of missing, insufficient/],
		['unknown emotion', { emotion: 'happy' }, 'emotion', /one of angry, frustrated/],
		['survey as text', { survey: 'no' }, 'survey', /false/]
	];

	it.each(cases)('%s', (_, change, field, message) => {
		const errors = errorsOf({ ...valid, ...change });
		expect(errors).toHaveLength(1);
		expect(errors[0].field).toBe(field);
		expect(errors[0].message).toMatch(message);
	});

	it('lists every invalid field at once', () => {
		const errors = errorsOf({
			...valid,
			channel: 'fax',
			endedAt: 'x',
			customer: {},
			emotion: 'meh'
		});
		expect(errors.map((e) => e.field).sort()).toEqual([
			'channel',
			'customer',
			'emotion',
			'endedAt'
		]);
	});

	it('a contact that is not an object', () => {
		expect(parseIngestBody({ contacts: [valid, 'K-2'] })).toMatchObject({
			status: 422,
			errors: [{ index: 1, field: '', message: 'must be a contact object' }]
		});
	});
});

describe('accepted input', () => {
	it('normalises e-mail, parses dates with offsets and ignores unknown fields', () => {
		const parsed = parseIngestBody({
			...valid,
			startedAt: '2026-11-24T13:00:00Z',
			customer: { email: '  Jan.Jansen@Example.NL ' },
			agent: { externalId: 'A-1', team: '  Team Noord ' },
			futureField: 'ignored'
		});
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const [contact] = parsed.contacts;
		expect(contact.endedAt.toISOString()).toBe('2026-11-24T13:05:00.000Z');
		expect(contact.startedAt?.toISOString()).toBe('2026-11-24T13:00:00.000Z');
		expect(contact.customer.email).toBe('jan.jansen@example.nl');
		expect(contact.agent.team).toBe('Team Noord');
		expect(contact).not.toHaveProperty('futureField');
	});

	it('treats null optional fields as absent', () => {
		const parsed = parseIngestBody({ ...valid, reason: null, emotion: null, otherAgents: null });
		expect(parsed.ok && parsed.contacts[0].reason).toBeUndefined();
	});

	it('startedAt equal to endedAt is fine', () => {
		expect(parseIngestBody({ ...valid, startedAt: valid.endedAt }).ok).toBe(true);
	});

	it('leaves the customer locale out when not sent, so a known customer keeps theirs', () => {
		const parsed = parseIngestBody(valid);
		expect(parsed.ok && parsed.contacts[0].customer.locale).toBeUndefined();
	});
});

describe('batches', () => {
	it('reports errors by index, in order', () => {
		const parsed = parseIngestBody({
			contacts: [
				valid,
				{ ...valid, externalId: 'K-2', channel: 'fax' },
				{ ...valid, externalId: 'K-3', customer: {} }
			]
		});
		expect(parsed).toMatchObject({
			status: 422,
			errors: [
				{ index: 1, field: 'channel' },
				{ index: 2, field: 'customer' }
			]
		});
	});

	it('refuses the same externalId twice in one request', () => {
		const parsed = parseIngestBody({ contacts: [valid, { ...valid }] });
		expect(parsed).toMatchObject({
			status: 422,
			errors: [{ index: 1, field: 'externalId', message: expect.stringMatching(/index 0/) }]
		});
	});

	const bad: [string, unknown][] = [
		['an array', [valid]],
		['null', null],
		['a string', 'contacts'],
		['contacts not an array', { contacts: valid }],
		['an empty batch', { contacts: [] }],
		[
			'too many contacts',
			{ contacts: Array.from({ length: MAX_CONTACTS_PER_REQUEST + 1 }, () => valid) }
		]
	];
	it.each(bad)('400 for %s', (_, body) => {
		expect(parseIngestBody(body)).toMatchObject({ ok: false, status: 400 });
	});

	it('accepts exactly 1,000 contacts', () => {
		const contacts = Array.from({ length: MAX_CONTACTS_PER_REQUEST }, (_, i) => ({
			...valid,
			externalId: `K-${i}`
		}));
		const parsed = parseIngestBody({ contacts });
		expect(parsed.ok && parsed.contacts).toHaveLength(1000);
	});
});

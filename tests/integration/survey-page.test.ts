// The public survey page /s/<token>, through its own server code: a GET renders and never
// writes; the form's POST stores one response per invitation and changes it until expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as survey from '../../src/routes/s/[token]/+page.server';
import * as thanks from '../../src/routes/s/[token]/thanks/+page.server';
import { createInvitation, createWorld, DAY, type World } from './dispatch-fixtures';
import { createTestDatabase, type TestDatabase } from './support/database';
import {
	actionEvent,
	fingerprint,
	loadEvent,
	outcome,
	serveRoutesFrom,
	type Outcome
} from './survey-fixtures';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
	database = await createTestDatabase('survey_page');
	serveRoutesFrom(database);
	world = await createWorld(database, { senderName: 'Energie Noord' });
	await database.prisma.surveyProgram.update({
		where: { id: world.programId },
		data: { askCes: true }
	});
});

afterAll(async () => {
	await database?.drop();
});

const load = (token: string, query = '') =>
	outcome(() => survey.load(loadEvent(`/s/${token}${query}`, { token }).event));
const post = (token: string, fields: string[][], query = '') =>
	outcome(() => survey.actions.default(actionEvent(`/s/${token}${query}`, { token }, fields)));
const data = (result: Outcome) => {
	expect(result.kind).toBe('data');
	return (result as { value: Record<string, unknown> }).value;
};
const responses = (invitationId: number) =>
	database.prisma.response.findMany({ where: { invitationId } });

describe('GET /s/<token>', () => {
	it('shows the e-mail score chosen, in the customer language, and writes nothing', async () => {
		const invitation = await createInvitation(database, world, {
			status: 'sent',
			locale: 'en',
			channel: 'chat',
			endedAt: new Date('2026-03-12T15:00:00Z')
		});
		const before = await fingerprint(database);
		const { event, locals, headers } = loadEvent(`/s/${invitation.token}?score=4`, {
			token: invitation.token
		});
		const page = data(await outcome(() => survey.load(event)));
		expect(await fingerprint(database)).toBe(before);
		expect(page).toMatchObject({
			state: 'open',
			locale: 'en',
			mode: 'first',
			values: { csat: '4' },
			saved: false,
			sender: 'Energie Noord',
			about: { agent: 'Sanne', channel: 'chat', date: '12 March', reason: 'Invoice' },
			questions: ['csat', 'nps', 'ces', 'resolved', 'comment']
		});
		expect(locals.locale).toBe('en');
		expect(headers['cache-control']).toBe('private, no-store');
	});

	it('ignores a score outside the first question scale, and ?lang= switches the language', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const page = data(await load(invitation.token, '?score=9&lang=en'));
		expect(page).toMatchObject({ mode: 'all', values: {}, locale: 'en', lang: 'en' });
		expect(data(await load(invitation.token))).toMatchObject({
			locale: 'nl',
			about: { reason: 'Factuur' }
		});
	});

	it('answers 404 for unknown, malformed and suppressed tokens', async () => {
		const suppressed = await createInvitation(database, world, { status: 'sent' });
		await database.prisma.invitation.update({
			where: { id: suppressed.id },
			data: { status: 'suppressed', suppressionReason: 'fatigue' }
		});
		for (const token of ['x'.repeat(43), 'not a token', suppressed.token])
			expect(await load(token, '?score=5')).toEqual({ kind: 'error', status: 404 });
	});

	it('shows an expired invitation as closed, with nothing about the contact', async () => {
		const byStatus = await createInvitation(database, world, { status: 'expired' });
		const byTime = await createInvitation(database, world, {
			status: 'sent',
			sendAt: new Date(Date.now() - 20 * DAY),
			expiresAt: new Date(Date.now() - 1000)
		});
		for (const { token } of [byStatus, byTime]) {
			const page = data(await load(token, '?score=5'));
			expect(page).toEqual({ state: 'expired', locale: 'nl', lang: null });
		}
	});
});

describe('POST /s/<token>', () => {
	it('stores the first answer with the contact dimensions, then shows the other questions', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const result = await post(invitation.token, [
			['step', 'first'],
			['csat', '4']
		]);
		expect(result).toEqual({ kind: 'redirect', status: 303, location: `/s/${invitation.token}` });
		const contact = await database.prisma.contact.findUniqueOrThrow({
			where: { id: invitation.contactId }
		});
		expect(await responses(invitation.id)).toEqual([
			expect.objectContaining({
				contactId: contact.id,
				agentId: world.agentId,
				teamId: world.teamId,
				channel: 'phone',
				reasonId: world.reasonId,
				contactEndedAt: contact.endedAt,
				csat: 4,
				nps: null,
				comment: null
			})
		]);
		// Revisiting shows the saved answer and the rest of the questions.
		expect(data(await load(invitation.token))).toMatchObject({
			mode: 'all',
			saved: true,
			values: { csat: '4' }
		});
	});

	it('changes answers in the same row until the invitation expires, and keeps unsent ones', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		await post(invitation.token, [
			['step', 'first'],
			['csat', '2']
		]);
		const result = await post(
			invitation.token,
			[
				['step', 'all'],
				['csat', '5'],
				['nps', '9'],
				['ces', '6'],
				['resolved', 'no'],
				['comment', '  Snel geholpen,\r\ndank je!  ']
			],
			'?lang=en'
		);
		expect(result).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/s/${invitation.token}/thanks?lang=en`
		});
		const [row] = await responses(invitation.id);
		expect(row).toMatchObject({
			csat: 5,
			nps: 9,
			ces: 6,
			resolved: false,
			comment: 'Snel geholpen,\ndank je!'
		});
		// A new tap in the e-mail changes only that score; an emptied comment is removed.
		await post(invitation.token, [
			['step', 'first'],
			['csat', '3']
		]);
		await post(invitation.token, [['comment', '']]);
		expect(await responses(invitation.id)).toEqual([
			expect.objectContaining({
				id: row.id,
				csat: 3,
				nps: 9,
				ces: 6,
				resolved: false,
				comment: null
			})
		]);
		expect(data(await load(invitation.token))).toMatchObject({
			values: { csat: '3', nps: '9', ces: '6', resolved: 'no' }
		});
	});

	it('keeps one row when the same token is sent 20 times at once', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const results = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				post(invitation.token, [
					['step', 'first'],
					['csat', String((i % 5) + 1)]
				])
			)
		);
		expect(results.every((r) => r.kind === 'redirect' && r.status === 303)).toBe(true);
		const rows = await responses(invitation.id);
		expect(rows).toHaveLength(1);
		expect(rows[0].csat).toBeGreaterThanOrEqual(1);
	});

	it('refuses invalid answers with a message per field and writes nothing', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent', locale: 'en' });
		const before = await fingerprint(database);
		const cases: [string[][], string, RegExp][] = [
			[[['csat', '6']], 'csat', /from 1 to 5/],
			[[['csat', '-1']], 'csat', /from 1 to 5/],
			[[['nps', '11']], 'nps', /from 0 to 10/],
			[
				[
					['ces', '0'],
					['csat', '4']
				],
				'ces',
				/from 1 to 7/
			],
			[[['csat', 'vier']], 'csat', /from 1 to 5/],
			[[['resolved', 'maybe']], 'resolved', /yes or no/],
			[
				[
					['csat', '4'],
					['comment', 'x'.repeat(2001)]
				],
				'comment',
				/2,001 characters.*2,000/
			],
			[[['step', 'all']], 'csat', /answer first/]
		];
		for (const [fields, field, message] of cases) {
			const result = data(await post(invitation.token, fields));
			expect(result).toMatchObject({ status: 400 });
			const errors = (result as { data: { errors: { field: string; message: string }[] } }).data
				.errors;
			expect(errors.map((e) => e.field)).toContain(field);
			expect(errors.find((e) => e.field === field)?.message).toMatch(message);
		}
		expect(await fingerprint(database)).toBe(before);
	});

	it('accepts a comment of exactly 2,000 characters, line breaks counted once', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const comment = `${'a'.repeat(999)}\r\n${'b'.repeat(1000)}`;
		expect((await post(invitation.token, [['comment', comment]])).kind).toBe('redirect');
		expect((await responses(invitation.id))[0].comment).toHaveLength(2000);
	});

	it('records nothing for an expired invitation, and 404 for an unknown token', async () => {
		const expired = await createInvitation(database, world, {
			status: 'sent',
			sendAt: new Date(Date.now() - 20 * DAY),
			expiresAt: new Date(Date.now() - 1000)
		});
		const before = await fingerprint(database);
		expect(data(await post(expired.token, [['csat', '5']]))).toMatchObject({ status: 410 });
		expect(await post('y'.repeat(43), [['csat', '5']])).toEqual({ kind: 'error', status: 404 });
		expect(await fingerprint(database)).toBe(before);
	});

	it('works for a scheduled e-mail invitation and a social link alike', async () => {
		for (const fields of [
			{ status: 'scheduled' as const, channel: 'email' as const },
			{ status: 'sent' as const, channel: 'social' as const }
		]) {
			const invitation = await createInvitation(database, world, fields);
			await post(invitation.token, [['csat', '5']]);
			expect(await responses(invitation.id)).toEqual([
				expect.objectContaining({ channel: fields.channel, csat: 5 })
			]);
		}
	});
});

describe('GET /s/<token>/thanks', () => {
	it('thanks after an answer, and sends back to the survey before one', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const thank = () =>
			outcome(() =>
				thanks.load(loadEvent(`/s/${invitation.token}/thanks`, { token: invitation.token }).event)
			);
		expect(await thank()).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/s/${invitation.token}`
		});
		await post(invitation.token, [['csat', '5']]);
		expect(data(await thank())).toMatchObject({ state: 'open', sender: 'Energie Noord' });
	});
});

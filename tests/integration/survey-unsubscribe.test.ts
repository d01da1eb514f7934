// /unsubscribe/<token>: the page's GET changes nothing, its button opts out (and back in), and a
// mail client's RFC 8058 one-click POST opts out too. Opted-out customers are not invited again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as unsubscribe from '../../src/routes/unsubscribe/[token]/+page.server';
import { inTransaction } from '../../src/lib/server/contacts/transaction';
import { sweep } from '../../src/lib/server/jobs/dispatch';
import { createInvitations } from '../../src/lib/server/surveys/invitations';
import { createInvitation, createWorld, testContext, type World } from './dispatch-fixtures';
import { createTestDatabase, type TestDatabase } from './support/database';
import {
	actionEvent,
	BASE,
	fingerprint,
	loadEvent,
	outcome,
	serveRoutesFrom
} from './survey-fixtures';

let database: TestDatabase;
let world: World;

beforeAll(async () => {
	database = await createTestDatabase('survey_unsubscribe');
	serveRoutesFrom(database);
	world = await createWorld(database, { senderName: 'Energie Noord' });
});

afterAll(async () => {
	await database?.drop();
});

const optedOutAt = async (customerId: number) =>
	(await database.prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).optedOutAt;
const load = (token: string, query = '') =>
	outcome(() => unsubscribe.load(loadEvent(`/unsubscribe/${token}${query}`, { token }).event));
const press = (token: string, intent: string, query = '') =>
	outcome(() =>
		unsubscribe.actions.default(
			actionEvent(`/unsubscribe/${token}${query}`, { token }, [['intent', intent]])
		)
	);
/** What a mailbox provider sends: no browser, no Origin, no cookies, any Accept. */
const oneClick = (token: string, body: BodyInit, contentType?: string) => {
	const url = new URL(`/unsubscribe/${token}`, BASE);
	const request = new Request(url, {
		method: 'POST',
		headers: contentType ? { 'content-type': contentType } : {},
		body
	});
	return outcome(() =>
		unsubscribe.actions.default({ params: { token }, request, url, locals: {} } as never)
	);
};

describe('the unsubscribe page', () => {
	it('GET shows the button and writes nothing', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent', locale: 'en' });
		const before = await fingerprint(database);
		const result = await load(invitation.token);
		expect(result).toEqual({
			kind: 'data',
			value: {
				locale: 'en',
				lang: null,
				token: invitation.token,
				sender: 'Energie Noord',
				optedOut: false,
				resumed: false
			}
		});
		expect(await fingerprint(database)).toBe(before);
		expect(await optedOutAt(invitation.customerId)).toBeNull();
	});

	it('the button opts out, and the page then offers to opt back in', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		expect(await press(invitation.token, 'opt-out', '?lang=en')).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/unsubscribe/${invitation.token}?done=out&lang=en`
		});
		const first = await optedOutAt(invitation.customerId);
		expect(first).toBeInstanceOf(Date);
		expect(await load(invitation.token)).toMatchObject({ value: { optedOut: true } });

		// Asking twice keeps the moment of the first opt-out.
		await press(invitation.token, 'opt-out');
		expect(await optedOutAt(invitation.customerId)).toEqual(first);

		expect(await press(invitation.token, 'opt-in')).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/unsubscribe/${invitation.token}?done=in`
		});
		expect(await optedOutAt(invitation.customerId)).toBeNull();
		expect(await load(invitation.token, '?done=in')).toMatchObject({
			value: { optedOut: false, resumed: true }
		});
	});

	it('works from an expired invitation; unknown and suppressed tokens are 404', async () => {
		const expired = await createInvitation(database, world, { status: 'expired' });
		await press(expired.token, 'opt-out');
		expect(await optedOutAt(expired.customerId)).not.toBeNull();

		const suppressed = await createInvitation(database, world, { status: 'sent' });
		await database.prisma.invitation.update({
			where: { id: suppressed.id },
			data: { status: 'suppressed', suppressionReason: 'opted_out' }
		});
		for (const token of [suppressed.token, 'z'.repeat(43)]) {
			expect(await load(token)).toEqual({ kind: 'error', status: 404 });
			expect(await press(token, 'opt-out')).toEqual({ kind: 'error', status: 404 });
		}
		expect(await optedOutAt(suppressed.customerId)).toBeNull();
	});

	it('refuses a body that asks nothing, and changes nothing', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const before = await fingerprint(database);
		expect(await press(invitation.token, 'delete-me')).toMatchObject({
			kind: 'data',
			value: { status: 400 }
		});
		expect(await oneClick(invitation.token, 'List-Unsubscribe=Yes', 'text/plain')).toMatchObject({
			kind: 'data',
			value: { status: 400 }
		});
		expect(await fingerprint(database)).toBe(before);
	});
});

describe('one-click unsubscribe (RFC 8058)', () => {
	it('opts out with a form-encoded body', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const response = await oneClick(
			invitation.token,
			'List-Unsubscribe=One-Click',
			'application/x-www-form-urlencoded'
		);
		// Rendered as the page (200), not a redirect a mail client would have to follow.
		expect(response).toEqual({ kind: 'data', value: { invalid: false } });
		expect(await optedOutAt(invitation.customerId)).toBeInstanceOf(Date);
	});

	it('opts out with a multipart body', async () => {
		const invitation = await createInvitation(database, world, { status: 'sent' });
		const form = new FormData();
		form.set('List-Unsubscribe', 'One-Click');
		expect(await oneClick(invitation.token, form)).toEqual({
			kind: 'data',
			value: { invalid: false }
		});
		expect(await optedOutAt(invitation.customerId)).toBeInstanceOf(Date);
	});

	it('answers 404 for an unknown token', async () => {
		expect(
			await oneClick(
				'q'.repeat(43),
				'List-Unsubscribe=One-Click',
				'application/x-www-form-urlencoded'
			)
		).toEqual({ kind: 'error', status: 404 });
	});
});

describe('after opting out', () => {
	it('a new contact is not surveyed and a scheduled invitation is suppressed', async () => {
		const scheduled = await createInvitation(database, world, {
			status: 'scheduled',
			sendAt: new Date(Date.now() - 60_000)
		});
		await press(scheduled.token, 'opt-out');

		const swept = await sweep(testContext(database, null));
		expect(swept.suppressed).toBeGreaterThanOrEqual(1);
		expect(
			await database.prisma.invitation.findUniqueOrThrow({ where: { id: scheduled.id } })
		).toMatchObject({ status: 'suppressed', suppressionReason: 'opted_out' });

		const contact = await database.prisma.contact.create({
			data: {
				externalId: `K-after-opt-out-${Date.now()}`,
				channel: 'email',
				endedAt: new Date(),
				customerId: scheduled.customerId,
				agentId: world.agentId,
				teamId: world.teamId,
				reasonId: world.reasonId
			}
		});
		const [decision] = await inTransaction(database.pool, (sql) =>
			createInvitations(
				sql,
				[
					{
						contactId: contact.id,
						customerId: scheduled.customerId,
						agentId: world.agentId,
						teamId: world.teamId,
						externalId: contact.externalId,
						channel: 'email',
						reasonId: world.reasonId,
						endedAt: contact.endedAt,
						surveyDisabled: false
					}
				],
				new Date()
			)
		);
		expect(decision.decision).toMatchObject({ status: 'suppressed', reason: 'opted_out' });
	});
});

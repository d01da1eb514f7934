// What the customer receives: the survey e-mail as it arrives at a real SMTP server (headers,
// text and HTML, language), and the dev mailbox when there is no SMTP server.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatchDue } from '../../src/lib/server/jobs/dispatch';
import { sendInvitation, sendReminder } from '../../src/lib/server/jobs/invitation-send';
import {
	createInvitation,
	createWorld,
	DAY,
	ORIGIN,
	testContext,
	type World
} from './dispatch-fixtures';
import { createTestDatabase, type TestDatabase } from './support/database';
import { startSmtpServer, type ReceivedMessage, type TestSmtpServer } from './support/smtp';

let database: TestDatabase;
let smtp: TestSmtpServer;
let csatWorld: World;
let npsWorld: World;
// Tuesday 17 November 2026, 15:00 in Amsterdam.
const endedAt = new Date('2026-11-17T14:00:00Z');

beforeAll(async () => {
	database = await createTestDatabase('mail');
	smtp = await startSmtpServer();
	csatWorld = await createWorld(database, {
		firstQuestion: 'csat',
		senderName: 'Energie Noord',
		brandColor: '#c0392b',
		logoUrl: 'https://cdn.energienoord.example/logo.png'
	});
	npsWorld = await createWorld(database, { firstQuestion: 'nps', senderName: 'Water Zuid' });
});

afterAll(async () => {
	await smtp.close();
	await database.drop();
});

afterEach(() => {
	smtp.messages.length = 0;
});

async function deliver(world: World, fields: Parameters<typeof createInvitation>[2]) {
	const invitation = await createInvitation(database, world, { endedAt, ...fields });
	expect((await sendInvitation(testContext(database, smtp), invitation.id)).result).toBe('sent');
	expect(smtp.messages).toHaveLength(1);
	return { invitation, message: smtp.messages[0] };
}

const hrefs = (html: string) =>
	[...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
const scoresLinked = (urls: string[], token: string) =>
	urls
		.filter((url) => url.startsWith(`${ORIGIN}/s/${token}?score=`))
		.map((url) => Number(url.split('=')[1]));

function expectUnsubscribe(message: ReceivedMessage, token: string) {
	const url = `${ORIGIN}/unsubscribe/${token}`;
	expect(message.headers.get('list-unsubscribe')).toBe(`<${url}>`);
	expect(message.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
	expect(message.text).toContain(url);
	expect(hrefs(message.html)).toContain(url);
}

describe('the survey e-mail', () => {
	it('asks a Dutch customer the CSAT question with one-tap links for 1 to 5', async () => {
		const { invitation, message } = await deliver(csatWorld, {
			locale: 'nl',
			customerName: 'Jan Jansen',
			email: 'jan@example.nl'
		});
		const token = invitation.token;

		expect(message.subject).toBe('Hoe was je gesprek met Sanne?');
		expect(message.headers.get('from')).toBe('Energie Noord <enquete@klantstem.example.org>');
		expect(message.to).toEqual(['jan@example.nl']);
		expect(message.messageId).toMatch(
			new RegExp(`^<invitation-${invitation.id}-[0-9a-z]+@klantstem\\.example\\.org>$`)
		);
		expectUnsubscribe(message, token);

		const textLinks = message.text.match(/https:\/\/\S+/g) ?? [];
		expect(scoresLinked(textLinks, token)).toEqual([1, 2, 3, 4, 5]);
		expect(scoresLinked(hrefs(message.html), token)).toEqual([1, 2, 3, 4, 5]);
		for (const body of [message.text, message.html]) {
			expect(body).toContain('Hoe tevreden ben je over dit contact?');
			expect(body).toContain('dinsdag 17 november');
			expect(body).toContain('telefonisch contact met Sanne');
			expect(body).toContain('Factuur');
			expect(body).toContain('zeer ontevreden');
			expect(body).toContain('zeer tevreden');
			expect(body).not.toContain('Invoice');
		}
		expect(message.text).toContain('Hallo Jan Jansen,');
		expect(message.html).toContain('<html lang="nl"');
	});

	it('uses the program’s colour and logo and loads nothing else from elsewhere', async () => {
		const { message } = await deliver(csatWorld, { locale: 'nl' });

		expect(message.html).toContain('background-color:#c0392b');
		const images = [...message.html.matchAll(/<img[^>]*src="([^"]+)"/g)].map((m) => m[1]);
		expect(images).toEqual(['https://cdn.energienoord.example/logo.png']);
		const external = [...message.html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)]
			.map((m) => m[1])
			.filter((url) => !url.startsWith(ORIGIN));
		expect(external).toEqual(['https://cdn.energienoord.example/logo.png']);
		expect(message.html).not.toMatch(/<link|@import|url\(/i);
	});

	it('asks an English customer the NPS question with links for 0 to 10', async () => {
		const { invitation, message } = await deliver(npsWorld, { locale: 'en', customerName: null });
		const token = invitation.token;

		expect(message.subject).toBe('How was your call with Sanne?');
		expect(message.headers.get('from')).toBe('Water Zuid <enquete@klantstem.example.org>');
		expectUnsubscribe(message, token);
		const all = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		expect(scoresLinked(message.text.match(/https:\/\/\S+/g) ?? [], token)).toEqual(all);
		expect(scoresLinked(hrefs(message.html), token)).toEqual(all);
		for (const body of [message.text, message.html]) {
			expect(body).toContain(
				'How likely are you to recommend Water Zuid to a friend or family member?'
			);
			expect(body).toContain('Tuesday 17 November');
			expect(body).toContain('Invoice');
			expect(body).toContain('not at all likely');
			expect(body).toContain('extremely likely');
			expect(body).toContain('Unsubscribe');
			expect(body).not.toContain('Factuur');
			expect(body).not.toContain('Afmelden');
		}
		expect(message.text).toMatch(/^Hi,$/m);
		// Without a logo the sender's name heads the e-mail, and no image is loaded at all.
		expect(message.html).not.toContain('<img');
	});

	it('words the reminder gently and gives it its own Message-ID', async () => {
		const invitation = await createInvitation(database, csatWorld, {
			status: 'sent',
			endedAt,
			sendAt: new Date(Date.now() - 4 * DAY),
			sentAt: new Date(Date.now() - 4 * DAY),
			reminderAt: new Date(Date.now() - DAY)
		});
		expect((await sendReminder(testContext(database, smtp), invitation.id)).result).toBe('sent');

		const [message] = smtp.messages;
		expect(message.subject).toBe('Nog even: hoe was je gesprek met Sanne?');
		expect(message.messageId).toMatch(new RegExp(`^<reminder-${invitation.id}-`));
		expect(message.text).toContain('dit is de laatste e-mail die je hierover van ons krijgt');
		expect(scoresLinked(hrefs(message.html), invitation.token)).toEqual([1, 2, 3, 4, 5]);
		expectUnsubscribe(message, invitation.token);
	});

	it('escapes names that look like HTML', async () => {
		const { message } = await deliver(csatWorld, { customerName: '<b>Jan</b> & "Co"' });
		expect(message.html).toContain('Hallo &#60;b&#62;Jan&#60;/b&#62; &#38; &#34;Co&#34;,');
		expect(message.html).not.toContain('<b>Jan</b>');
		expect(message.text).toContain('Hallo <b>Jan</b> & "Co",');
	});
});

describe('without SMTP_URL', () => {
	it('keeps the e-mail in the dev mailbox', async () => {
		const invitation = await createInvitation(database, csatWorld, {
			endedAt,
			email: 'mailbox@example.nl'
		});
		const result = await dispatchDue(testContext(database, null));
		expect(result.outcomes).toEqual(['sent']);

		const stored = await database.prisma.mailboxMessage.findMany({
			where: { to: 'mailbox@example.nl' }
		});
		expect(stored).toHaveLength(1);
		expect(stored[0].from).toBe('Energie Noord <enquete@klantstem.example.org>');
		expect(stored[0].subject).toBe('Hoe was je gesprek met Sanne?');
		expect(stored[0].text).toContain(`${ORIGIN}/s/${invitation.token}?score=5`);
		expect(stored[0].html).toContain(`${ORIGIN}/s/${invitation.token}?score=1`);
		expect(stored[0].headers).toMatchObject({
			'List-Unsubscribe': `<${ORIGIN}/unsubscribe/${invitation.token}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
			'Message-ID': expect.stringMatching(new RegExp(`^<invitation-${invitation.id}-`))
		});
		expect(
			(await database.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status
		).toBe('sent');
		expect(smtp.messages).toHaveLength(0);
	});
});

import { describe, expect, it } from 'vitest';
import { buildInvitationMail, type InvitationMailData } from './invitation-mail';
import { safeBrandColor, textOn } from './invitation-template';

const settings = {
	origin: 'https://ks.example.org/',
	mailFrom: 'Klantstem <enquete@ks.example.org>'
};

function data(overrides: Partial<InvitationMailData> = {}): InvitationMailData {
	return {
		invitationId: 12,
		createdAt: new Date('2026-11-20T10:00:00Z'),
		token: 'T'.repeat(43),
		locale: 'nl',
		channel: 'in_person',
		customer: { email: 'klant@example.nl', name: 'Jan' },
		agentName: 'Mohammed El Amrani',
		reasonName: null,
		contactEndedAt: new Date('2026-11-16T23:30:00Z'),
		expiresAt: null,
		...overrides,
		program: {
			firstQuestion: 'csat',
			senderName: 'Energie Noord',
			brandColor: '#1f5f8b',
			logoUrl: null,
			...overrides.program
		}
	};
}

describe('buildInvitationMail', () => {
	it('names the agent by first name and dates the contact in Amsterdam time', async () => {
		const mail = await buildInvitationMail('invitation', data(), settings);
		expect(mail.subject).toBe('Hoe was je gesprek met Mohammed?');
		// 23:30 UTC on the 16th is already Tuesday the 17th in Amsterdam.
		expect(mail.text).toContain('Op dinsdag 17 november sprak je Mohammed persoonlijk.');
	});

	it('links every score once, without a double slash after the origin', async () => {
		const mail = await buildInvitationMail('invitation', data(), settings);
		const links = mail.text.match(/https:\/\/\S+\?score=\d+/g);
		expect(links).toEqual(
			[1, 2, 3, 4, 5].map((s) => `https://ks.example.org/s/${'T'.repeat(43)}?score=${s}`)
		);
	});

	it('leaves out a logo that is not a web address', async () => {
		const mail = await buildInvitationMail(
			'invitation',
			data({ program: { logoUrl: 'javascript:alert(1)' } as InvitationMailData['program'] }),
			settings
		);
		expect(mail.html).not.toContain('javascript:');
		expect(mail.html).not.toContain('<img');
	});

	it('mentions the answer deadline only when there is one', async () => {
		const without = await buildInvitationMail('invitation', data({ locale: 'en' }), settings);
		const withDeadline = await buildInvitationMail(
			'invitation',
			data({ locale: 'en', expiresAt: new Date('2026-12-01T12:00:00Z') }),
			settings
		);
		expect(without.text).not.toContain('You can answer until');
		expect(withDeadline.text).toContain('You can answer until 1 December 2026.');
		expect(withDeadline.html).toContain('You can answer until 1 December 2026.');
	});
});

describe('brand colours', () => {
	it('accepts hex colours only', () => {
		expect(safeBrandColor('#ABC')).toBe('#aabbcc');
		expect(safeBrandColor('#C0392B')).toBe('#c0392b');
		expect(safeBrandColor('red;background:url(https://evil.example/x.png)')).toBe('#1f5f8b');
		expect(safeBrandColor(null)).toBe('#1f5f8b');
	});

	it('puts white text on dark colours and dark text on light ones', () => {
		expect(textOn('#1f5f8b')).toBe('#ffffff');
		expect(textOn('#000000')).toBe('#ffffff');
		expect(textOn('#ffd700')).toBe('#111111');
		expect(textOn('#ffffff')).toBe('#111111');
	});
});

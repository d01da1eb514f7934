import { describe, expect, it } from 'vitest';
import { fromHeader, sender, senderDomain } from './sender';
import { classifySmtpError } from './transport';

const smtpError = (fields: { responseCode?: number; code?: string }) =>
	Object.assign(new Error('SMTP failure'), fields);

describe('classifySmtpError', () => {
	it('treats any refusal by the server as not sent, even after the whole message went', () => {
		expect(classifySmtpError(smtpError({ responseCode: 451 }), false)).toBe('not-sent');
		expect(classifySmtpError(smtpError({ responseCode: 554 }), true)).toBe('not-sent');
	});

	it('treats a broken connection as not sent before the hand-over and unknown after it', () => {
		expect(classifySmtpError(smtpError({ code: 'ECONNECTION' }), false)).toBe('not-sent');
		expect(classifySmtpError(smtpError({ code: 'ECONNECTION' }), true)).toBe('unknown');
		expect(classifySmtpError(smtpError({ code: 'ETIMEDOUT' }), true)).toBe('unknown');
	});
});

describe('sender', () => {
	it('keeps MAIL_FROM’s address and uses the program’s name', () => {
		expect(sender('Klantstem <no-reply@ks.example>', 'Energie "Noord"\r\n')).toEqual({
			name: 'Energie Noord',
			address: 'no-reply@ks.example'
		});
		expect(fromHeader('Klantstem <no-reply@ks.example>')).toBe('Klantstem <no-reply@ks.example>');
		expect(fromHeader('no-reply@ks.example', 'Water, Zuid')).toBe(
			'"Water, Zuid" <no-reply@ks.example>'
		);
		expect(fromHeader('no-reply@ks.example')).toBe('no-reply@ks.example');
		expect(senderDomain('"Klantstem" <no-reply@ks.example>')).toBe('ks.example');
	});
});

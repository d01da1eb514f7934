// Outgoing mail. With SMTP_URL, nodemailer delivers over SMTP; without it, every message is kept
// in the dev mailbox table that admins read at /admin/mailbox, so the demo works without a mail
// server.
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '../db';
import { config } from '../env';

export type OutgoingMail = {
	to: string;
	subject: string;
	text: string;
	html?: string;
	headers?: Record<string, string>;
	/** Display name before MAIL_FROM's address, e.g. a survey program's sender name. */
	fromName?: string;
	/** Stable id so that a retried send can be recognised (Message-ID). */
	messageId?: string;
};

let transporter: Transporter | null = null;

function smtp(url: string): Transporter {
	transporter ??= nodemailer.createTransport(url);
	return transporter;
}

function fromAddress(fromName?: string): string {
	const configured = config().mailFrom;
	if (!fromName) return configured;
	const address = configured.match(/<([^>]+)>/)?.[1] ?? configured;
	return `"${fromName.replace(/"/g, '')}" <${address}>`;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
	const from = fromAddress(mail.fromName);
	const url = config().smtpUrl;
	if (url) {
		await smtp(url).sendMail({
			from,
			to: mail.to,
			subject: mail.subject,
			text: mail.text,
			html: mail.html,
			headers: mail.headers,
			messageId: mail.messageId
		});
		return;
	}
	await db().prisma.mailboxMessage.create({
		data: {
			from,
			to: mail.to,
			subject: mail.subject,
			text: mail.text,
			html: mail.html ?? null,
			headers: { ...(mail.headers ?? {}), ...(mail.messageId ? { 'Message-ID': mail.messageId } : {}) }
		}
	});
}

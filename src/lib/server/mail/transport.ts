// Outgoing mail. With SMTP_URL, nodemailer delivers over SMTP; without it, every message is kept
// in the dev mailbox table that admins read at /admin/mailbox, so the demo works without a mail
// server.
//
// SMTP has no idempotency, so a sender that wants "never twice" must know whether a failed
// attempt can have reached the recipient. A failed send is therefore reported as a
// MailDeliveryError that says which it was: `not-sent` when the server refused (any 4xx/5xx
// reply) or the connection failed before the whole message was handed over (a server cannot
// accept a message whose terminating dot it never got), `unknown` when the connection broke
// after that, while the server's final reply was still outstanding.
import nodemailer from 'nodemailer';
import type { NodemailerError, SMTPTransportOptions, Transporter } from 'nodemailer';
import { Transform, type TransformCallback } from 'node:stream';
import { db } from '../db';
import type { PrismaClient } from '../db/generated/client';
import { config } from '../env';
import { fromHeader, sender } from './sender';

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

export type DeliveryState = 'not-sent' | 'unknown';

export class MailDeliveryError extends Error {
	constructor(
		message: string,
		/** not-sent: safe to try again; unknown: the server may have accepted the message. */
		readonly delivery: DeliveryState,
		/** The server's reply code, when it answered with a refusal. */
		readonly responseCode: number | null
	) {
		super(message);
		this.name = 'MailDeliveryError';
	}
}

export type MailTransport = {
	send: (mail: OutgoingMail) => Promise<void>;
	close: () => void;
};

/** An SMTP URL or nodemailer SMTP options (tests pass `ignoreTLS` and short timeouts). */
export type SmtpSettings = string | SMTPTransportOptions;

export type MailTransportOptions = {
	/** null = the dev mailbox. */
	smtp: SmtpSettings | null;
	/** "Name <address>" or a bare address; the address is the sender of every mail. */
	mailFrom: string;
	/** Where the dev mailbox lives; called only when smtp is null. */
	prisma?: () => PrismaClient;
	/** Upper bound for one SMTP send, also when a slow server keeps the socket alive. */
	sendTimeoutMs?: number;
};

// Idle and connect limits well below the send deadline, and the deadline well below the claim
// timeout of jobs/invitation-send.ts, so a live send never looks like a crashed one.
const SMTP_DEFAULTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 45_000 };
const SEND_TIMEOUT_MS = 120_000;

type Probe = { handedOver: boolean };

/** Passes the message through and notes when all of it was read by the SMTP connection. */
function probeStream(probe: Probe): Transform {
	const stream = new Transform({
		transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
			done(null, chunk);
		}
	});
	stream.on('end', () => (probe.handedOver = true));
	return stream;
}

export function classifySmtpError(error: NodemailerError, handedOver: boolean): DeliveryState {
	// Any 4xx/5xx reply, also the one to the final dot, means the server did not take the message.
	if (typeof error.responseCode === 'number' && error.responseCode >= 400) return 'not-sent';
	return handedOver ? 'unknown' : 'not-sent';
}

function smtpTransport(settings: SmtpSettings, mailFrom: string, sendTimeoutMs: number) {
	const options: SMTPTransportOptions =
		typeof settings === 'string'
			? { url: settings, ...SMTP_DEFAULTS }
			: { ...SMTP_DEFAULTS, ...settings };
	// One connection per message (no pool): a pooled connection may requeue a message after a
	// drop, which would be a second send this module cannot see.
	const transporter: Transporter = nodemailer.createTransport(options);
	transporter.use('stream', (mail, done) => {
		const probe = (mail.data as { deliveryProbe?: Probe }).deliveryProbe;
		if (probe) mail.message.transform(() => probeStream(probe));
		done();
	});
	return {
		async send(mail: OutgoingMail): Promise<void> {
			const probe: Probe = { handedOver: false };
			try {
				await transporter.sendMail({
					// An address object: nodemailer quotes and encodes the name as needed.
					from: sender(mailFrom, mail.fromName),
					to: mail.to,
					subject: mail.subject,
					text: mail.text,
					html: mail.html,
					headers: mail.headers,
					messageId: mail.messageId,
					signal: AbortSignal.timeout(sendTimeoutMs),
					deliveryProbe: probe
				} as Parameters<Transporter['sendMail']>[0]);
			} catch (error) {
				const smtpError = error as NodemailerError;
				throw new MailDeliveryError(
					smtpError.message,
					classifySmtpError(smtpError, probe.handedOver),
					smtpError.responseCode ?? null
				);
			}
		},
		close: () => transporter.close()
	};
}

function mailboxTransport(mailFrom: string, prisma: () => PrismaClient): MailTransport {
	return {
		async send(mail) {
			try {
				await prisma().mailboxMessage.create({
					data: {
						from: fromHeader(mailFrom, mail.fromName),
						to: mail.to,
						subject: mail.subject,
						text: mail.text,
						html: mail.html ?? null,
						headers: {
							...(mail.headers ?? {}),
							...(mail.messageId ? { 'Message-ID': mail.messageId } : {})
						}
					}
				});
			} catch (error) {
				// A failed insert was rolled back: nothing reached the mailbox.
				throw new MailDeliveryError((error as Error).message, 'not-sent', null);
			}
		},
		close: () => undefined
	};
}

export function createMailTransport(options: MailTransportOptions): MailTransport {
	if (options.smtp !== null)
		return smtpTransport(options.smtp, options.mailFrom, options.sendTimeoutMs ?? SEND_TIMEOUT_MS);
	if (!options.prisma) throw new Error('The dev mailbox needs a database (prisma)');
	return mailboxTransport(options.mailFrom, options.prisma);
}

let processTransport: MailTransport | null = null;

/** The transport of this process, from SMTP_URL and MAIL_FROM. */
export function defaultMailTransport(): MailTransport {
	if (!processTransport) {
		const settings = config();
		processTransport = createMailTransport({
			smtp: settings.smtpUrl,
			mailFrom: settings.mailFrom,
			prisma: () => db().prisma
		});
	}
	return processTransport;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
	await defaultMailTransport().send(mail);
}

// A real SMTP server on 127.0.0.1 for mail tests (the `smtp-server` package). It keeps every
// message it accepted and can be told to refuse the next attempts: with a 4xx or 5xx reply, by
// dropping the connection before the message (safe to retry), or by dropping it after the whole
// message arrived but before replying (the sender cannot know whether it was accepted).
// mailparser is not installed, so the few MIME parts the tests read are decoded here.
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerError, type SMTPServerSession } from 'smtp-server';
import type { SMTPTransportOptions } from 'nodemailer';

export type Refusal = 'temporary' | 'permanent' | 'drop' | 'drop-after-data';

export type ReceivedMessage = {
	from: string;
	to: string[];
	raw: string;
	/** Lower-case names, unfolded and decoded values. */
	headers: Map<string, string>;
	subject: string;
	messageId: string;
	text: string;
	html: string;
};

export type TestSmtpServer = {
	port: number;
	/** Transport options for the app: plain SMTP (the built-in certificate has expired), short timeouts. */
	transport: SMTPTransportOptions;
	/** Messages the server accepted with a 250 reply. */
	messages: ReceivedMessage[];
	/** Messages that arrived complete but whose connection was dropped before the reply. */
	unacknowledged: ReceivedMessage[];
	/** Refuses the next attempts, one refusal per attempt, in this order. */
	refuseNext: (...refusals: Refusal[]) => void;
	/** Refusals not used yet. */
	pendingRefusals: () => number;
	/** Every MAIL FROM the server saw: accepted, refused or dropped. */
	attempts: () => number;
	close: () => Promise<void>;
};

function decodeQuotedPrintable(text: string): string {
	const bytes = text
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeWords(value: string): string {
	return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
		kind.toLowerCase() === 'b'
			? Buffer.from(data, 'base64').toString('utf8')
			: decodeQuotedPrintable(data.replace(/_/g, ' '))
	);
}

function parseHeaders(block: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon > 0)
			headers.set(
				line.slice(0, colon).trim().toLowerCase(),
				decodeWords(line.slice(colon + 1).trim())
			);
	}
	return headers;
}

function split(raw: string): { headers: Map<string, string>; body: string } {
	const end = raw.search(/\r?\n\r?\n/);
	return {
		headers: parseHeaders(raw.slice(0, end)),
		body: raw.slice(end).replace(/^\r?\n\r?\n/, '')
	};
}

function decodeBody(headers: Map<string, string>, body: string): string {
	const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
	if (encoding === 'base64')
		return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	return body;
}

/** The text/plain and text/html parts, also inside nested multiparts. */
function parts(headers: Map<string, string>, body: string, found: { text: string; html: string }) {
	const type = headers.get('content-type') ?? 'text/plain';
	const boundary = type.match(/boundary="?([^";]+)"?/i)?.[1];
	if (type.toLowerCase().startsWith('multipart/') && boundary) {
		const sections = body.split(`--${boundary}`).slice(1);
		for (const section of sections) {
			if (section.startsWith('--')) break;
			const part = split(section.replace(/^\r?\n/, ''));
			parts(part.headers, part.body, found);
		}
		return;
	}
	const content = decodeBody(headers, body).replace(/\r?\n$/, '');
	if (type.toLowerCase().startsWith('text/html')) found.html = content;
	else found.text = content;
}

export function parseMessage(raw: string, from = '', to: string[] = []): ReceivedMessage {
	const { headers, body } = split(raw);
	const found = { text: '', html: '' };
	parts(headers, body, found);
	return {
		from,
		to,
		raw,
		headers,
		subject: headers.get('subject') ?? '',
		messageId: headers.get('message-id') ?? '',
		text: found.text.replace(/\r\n/g, '\n'),
		html: found.html
	};
}

/** Listens on `listenPort` (0 = any free port: the tests pass their own server to the app). */
export async function startSmtpServer(listenPort = 0): Promise<TestSmtpServer> {
	const messages: ReceivedMessage[] = [];
	const unacknowledged: ReceivedMessage[] = [];
	const refusals: Refusal[] = [];
	// The refusal that applies to a session's current message, decided at MAIL FROM.
	const current = new Map<string, Refusal>();
	let attempts = 0;

	const drop = (session: SMTPServerSession) => {
		for (const connection of server.connections)
			if (connection.id === session.id) connection._socket.destroy();
	};
	const reply = (message: string, code: number): SMTPServerError =>
		Object.assign(new Error(message), { responseCode: code });

	const server: SMTPServer = new SMTPServer({
		disabledCommands: ['STARTTLS'],
		authOptional: true,
		logger: false,
		onMailFrom(_address, session, callback) {
			attempts += 1;
			const refusal = refusals.shift();
			current.delete(session.id);
			if (refusal === 'temporary') return callback(reply('Try again later', 451));
			if (refusal === 'permanent') return callback(reply('Not accepted', 554));
			if (refusal === 'drop') return drop(session);
			if (refusal) current.set(session.id, refusal);
			callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const envelope = session.envelope;
				const message = parseMessage(
					Buffer.concat(chunks).toString('utf8'),
					envelope.mailFrom ? envelope.mailFrom.address : '',
					envelope.rcptTo.map((r) => r.address)
				);
				if (current.get(session.id) === 'drop-after-data') {
					unacknowledged.push(message);
					return drop(session);
				}
				messages.push(message);
				callback();
			});
		}
	});
	server.on('error', () => undefined);
	await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		port,
		transport: {
			host: '127.0.0.1',
			port,
			secure: false,
			ignoreTLS: true,
			connectionTimeout: 2_000,
			greetingTimeout: 2_000,
			socketTimeout: 2_000
		},
		messages,
		unacknowledged,
		refuseNext: (...next) => refusals.push(...next),
		pendingRefusals: () => refusals.length,
		attempts: () => attempts,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

// The survey invitation and its reminder: subject, HTML and plain text in the invitation's
// language, one-tap score links for the program's first question, and the one-click unsubscribe
// headers (RFC 8058) that mailbox providers expect from bulk senders.
import {
	COPY,
	dayDate,
	firstName,
	longDate,
	scaleOf,
	type FirstQuestion,
	type MailChannel,
	type MailKind,
	type MailLocale
} from './invitation-copy';
import { renderHtml, type TemplateShape } from './invitation-template';
import { senderDomain } from './sender';
import type { OutgoingMail } from './transport';

export type InvitationMailData = {
	invitationId: number;
	/** Part of the Message-ID, so a database that was created anew does not reuse ids. */
	createdAt: Date;
	token: string;
	locale: MailLocale;
	channel: MailChannel;
	customer: { email: string; name: string | null };
	agentName: string;
	/** The contact reason in the invitation's language. */
	reasonName: string | null;
	contactEndedAt: Date;
	expiresAt: Date | null;
	program: {
		firstQuestion: FirstQuestion;
		senderName: string;
		brandColor: string;
		logoUrl: string | null;
	};
};

export type MailSettings = {
	/** ORIGIN: the base of every link. */
	origin: string;
	/** MAIL_FROM: its address is the sender, the program's sender name the display name. */
	mailFrom: string;
	/** Dates in the e-mail are the organisation's dates, whatever zone the server runs in. */
	timeZone?: string;
};

const TIME_ZONE = 'Europe/Amsterdam';

/** Only a web address may become an image source; anything else is left out. */
function safeLogoUrl(value: string | null): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
	} catch {
		return null;
	}
}

export function invitationMessageId(
	kind: MailKind,
	data: InvitationMailData,
	mailFrom: string
): string {
	const stamp = data.createdAt.getTime().toString(36);
	return `<${kind}-${data.invitationId}-${stamp}@${senderDomain(mailFrom)}>`;
}

export async function buildInvitationMail(
	kind: MailKind,
	data: InvitationMailData,
	settings: MailSettings
): Promise<OutgoingMail> {
	const copy = COPY[data.locale];
	const timeZone = settings.timeZone ?? TIME_ZONE;
	const origin = settings.origin.replace(/\/$/, '');
	const token = encodeURIComponent(data.token);
	const surveyUrl = `${origin}/s/${token}`;
	const unsubscribeUrl = `${origin}/unsubscribe/${token}`;
	const question = data.program.firstQuestion;
	const scale = scaleOf(question, data.locale);
	const scoreUrls = Object.fromEntries(scale.scores.map((s) => [s, `${surveyUrl}?score=${s}`]));
	const agent = firstName(data.agentName);
	const sender = data.program.senderName.trim() || 'Klantstem';
	const date = longDate(data.contactEndedAt, data.locale, timeZone);
	const subject = copy.subject(kind, data.channel, agent);
	const greeting = copy.greeting(data.customer.name?.trim() || null);
	const intro = copy.intro(kind, data.channel, agent, date, data.reasonName);
	const deadline = data.expiresAt
		? copy.deadline(dayDate(data.expiresAt, data.locale, timeZone))
		: '';
	const logoUrl = safeLogoUrl(data.program.logoUrl);
	const shape: TemplateShape = { locale: data.locale, kind, question, hasLogo: logoUrl !== null };

	const html = await renderHtml(shape, {
		subject,
		preheader: copy.preheader(kind),
		greeting,
		intro,
		sender,
		deadline,
		logoUrl: logoUrl ?? '',
		surveyUrl,
		unsubscribeUrl,
		scoreUrls,
		brandColor: data.program.brandColor
	});

	const first = scale.scores[0];
	const last = scale.scores[scale.scores.length - 1];
	const scoreLines = scale.scores.map((s) => {
		const label = s === first ? ` (${scale.low})` : s === last ? ` (${scale.high})` : '';
		return `${s}${label}: ${scoreUrls[s]}`;
	});
	const text = [
		subject,
		'',
		greeting,
		'',
		intro,
		'',
		copy.question(question, sender),
		...scoreLines,
		'',
		[copy.tapHint, deadline].filter(Boolean).join(' '),
		`${copy.openSurvey}: ${surveyUrl}`,
		'',
		copy.closing(kind),
		'',
		'-- ',
		copy.footer(sender),
		`${copy.unsubscribeLead} ${copy.unsubscribe}: ${unsubscribeUrl}`
	].join('\n');

	return {
		to: data.customer.email,
		subject,
		text,
		html,
		fromName: sender,
		messageId: invitationMessageId(kind, data, settings.mailFrom),
		headers: {
			'List-Unsubscribe': `<${unsubscribeUrl}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
			// Asks out-of-office responders not to answer a survey (RFC 3834).
			'Auto-Submitted': 'auto-generated'
		}
	};
}

// The survey and unsubscribe pages speak the customer's language: the invitation's locale, unless
// the customer picked the other one with the page's language links (?lang=). Dates are the
// organisation's (Europe/Amsterdam), whatever zone the server runs in.
import type { Locale, SurveyInvitation } from './answer-page';

export const SURVEY_TIME_ZONE = 'Europe/Amsterdam';

const LANGUAGE_TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function pageLocale(
	url: URL,
	invitationLocale: Locale
): { locale: Locale; lang: Locale | null } {
	const raw = url.searchParams.get('lang');
	const lang = raw === 'nl' || raw === 'en' ? raw : null;
	return { locale: lang ?? invitationLocale, lang };
}

/** "12 March" / "12 maart": the contact was recent, the year goes without saying. */
export function dayAndMonth(value: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], {
		day: 'numeric',
		month: 'long',
		timeZone: SURVEY_TIME_ZONE
	}).format(value);
}

/** "8 December 2026": a deadline is clearer with its year. */
export function fullDate(value: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: SURVEY_TIME_ZONE
	}).format(value);
}

export type ContactSummary = {
	agent: string;
	channel: SurveyInvitation['channel'];
	date: string;
	reason: string | null;
};

/** What the survey is about: "your chat with Sanne on 12 March about ‘Invoice’". */
export function contactSummary(invitation: SurveyInvitation, locale: Locale): ContactSummary {
	return {
		agent: invitation.agentFirstName,
		channel: invitation.channel,
		date: dayAndMonth(invitation.contactEndedAt, locale),
		reason: invitation.reason ? invitation.reason[locale] : null
	};
}

export type Branding = { sender: string; logoUrl: string | null; brandColor: string | null };

export function brandingOf(invitation: SurveyInvitation): Branding {
	return {
		sender: invitation.senderName,
		logoUrl: invitation.logoUrl,
		brandColor: invitation.brandColor
	};
}

/** Survey pages show personal details: never cached, never indexed. */
export const PRIVATE_PAGE_HEADERS = {
	'cache-control': 'private, no-store',
	'x-robots-tag': 'noindex, nofollow'
};

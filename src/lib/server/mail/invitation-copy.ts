// The words of the survey e-mails, in Dutch and English. Plain strings in, plain strings out: the
// HTML template escapes them, the text version uses them as they are.
export type MailLocale = 'nl' | 'en';
export type MailChannel = 'phone' | 'email' | 'chat' | 'social' | 'in_person';
export type MailKind = 'invitation' | 'reminder';
export type FirstQuestion = 'csat' | 'nps';

export type Scale = { scores: number[]; rows: number[][]; low: string; high: string };

type Copy = {
	subject: (kind: MailKind, channel: MailChannel, agent: string) => string;
	preheader: (kind: MailKind) => string;
	greeting: (name: string | null) => string;
	intro: (
		kind: MailKind,
		channel: MailChannel,
		agent: string,
		date: string,
		reason: string | null
	) => string;
	question: (question: FirstQuestion, sender: string) => string;
	scaleEnds: (question: FirstQuestion) => [string, string];
	scoreTitle: (score: number, max: number) => string;
	tapHint: string;
	openSurvey: string;
	deadline: (date: string) => string;
	closing: (kind: MailKind) => string;
	footer: (sender: string) => string;
	unsubscribeLead: string;
	unsubscribe: string;
};

const nl: Copy = {
	subject: (kind, channel, agent) => {
		const about = {
			phone: 'gesprek',
			in_person: 'gesprek',
			chat: 'chat',
			email: 'contact',
			social: 'contact'
		}[channel];
		return kind === 'invitation'
			? `Hoe was je ${about} met ${agent}?`
			: `Nog even: hoe was je ${about} met ${agent}?`;
	},
	preheader: (kind) =>
		kind === 'invitation'
			? 'Eén tik op een cijfer is genoeg.'
			: 'We horen graag nog hoe het ging. Eén tik is genoeg.',
	greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
	intro: (kind, channel, agent, date, reason) => {
		const what = {
			phone: `had je telefonisch contact met ${agent}`,
			email: `mailde je met ${agent}`,
			chat: `chatte je met ${agent}`,
			social: `had je via social media contact met ${agent}`,
			in_person: `sprak je ${agent} persoonlijk`
		}[channel];
		const about = reason ? ` over ‘${reason}’` : '';
		return kind === 'invitation'
			? `Op ${date} ${what}${about}. We horen graag hoe dat ging.`
			: `Een paar dagen geleden vroegen we je hoe het ging: op ${date} ${what}${about}. Heb je een halve minuut? Dan horen we het graag.`;
	},
	question: (question, sender) =>
		question === 'csat'
			? 'Hoe tevreden ben je over dit contact?'
			: `Hoe waarschijnlijk is het dat je ${sender} aanbeveelt bij vrienden of familie?`,
	scaleEnds: (question) =>
		question === 'csat'
			? ['zeer ontevreden', 'zeer tevreden']
			: ['zeer onwaarschijnlijk', 'zeer waarschijnlijk'],
	scoreTitle: (score, max) => `${score} van ${max}`,
	tapHint:
		'Tik op een cijfer. Op de volgende pagina kun je er nog iets over vertellen als je wilt.',
	openSurvey: 'Open de vragenlijst',
	deadline: (date) => `Je kunt reageren tot ${date}.`,
	closing: (kind) =>
		kind === 'invitation'
			? 'Bedankt voor je tijd!'
			: 'Geen tijd of geen zin? Geen probleem: dit is de laatste e-mail die je hierover van ons krijgt.',
	footer: (sender) =>
		`Je krijgt deze e-mail omdat je contact had met ${sender}. We gebruiken je antwoord alleen om onze service te verbeteren.`,
	unsubscribeLead: 'Liever geen vragenlijsten meer van ons?',
	unsubscribe: 'Afmelden'
};

const en: Copy = {
	subject: (kind, channel, agent) => {
		const about = {
			phone: 'call',
			in_person: 'conversation',
			chat: 'chat',
			email: 'contact',
			social: 'contact'
		}[channel];
		return kind === 'invitation'
			? `How was your ${about} with ${agent}?`
			: `Just checking: how was your ${about} with ${agent}?`;
	},
	preheader: (kind) =>
		kind === 'invitation'
			? 'One tap on a number is all it takes.'
			: 'We would still love to hear how it went. One tap is all it takes.',
	greeting: (name) => (name ? `Hi ${name},` : 'Hi,'),
	intro: (kind, channel, agent, date, reason) => {
		const what = {
			phone: `you spoke to ${agent} by phone`,
			email: `you were in touch with ${agent} by e-mail`,
			chat: `you chatted with ${agent}`,
			social: `you were in touch with ${agent} on social media`,
			in_person: `you spoke to ${agent} in person`
		}[channel];
		const about = reason ? ` about ‘${reason}’` : '';
		return kind === 'invitation'
			? `On ${date} ${what}${about}. We would love to hear how it went.`
			: `A few days ago we asked how it went when ${what} on ${date}${about}. If you have half a minute, we would still love to hear it.`;
	},
	question: (question, sender) =>
		question === 'csat'
			? 'How satisfied are you with this contact?'
			: `How likely are you to recommend ${sender} to a friend or family member?`,
	scaleEnds: (question) =>
		question === 'csat'
			? ['very dissatisfied', 'very satisfied']
			: ['not at all likely', 'extremely likely'],
	scoreTitle: (score, max) => `${score} out of ${max}`,
	tapHint: 'Tap a number. On the next page you can tell us more if you like.',
	openSurvey: 'Open the survey',
	deadline: (date) => `You can answer until ${date}.`,
	closing: (kind) =>
		kind === 'invitation'
			? 'Thank you for your time!'
			: 'No time, or rather not? No problem: this is the last e-mail you will get from us about it.',
	footer: (sender) =>
		`You are receiving this e-mail because you were in touch with ${sender}. We only use your answer to improve our service.`,
	unsubscribeLead: 'Rather not receive our surveys?',
	unsubscribe: 'Unsubscribe'
};

export const COPY: Record<MailLocale, Copy> = { nl, en };

export function scaleOf(question: FirstQuestion, locale: MailLocale): Scale {
	const [low, high] = COPY[locale].scaleEnds(question);
	if (question === 'csat') return { scores: [1, 2, 3, 4, 5], rows: [[1, 2, 3, 4, 5]], low, high };
	// Eleven buttons in one row leave tap targets of about 25 px on a phone; two rows keep 44 px.
	const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
	return { scores, rows: [scores.slice(0, 6), scores.slice(6)], low, high };
}

const LANGUAGE_TAG: Record<MailLocale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "dinsdag 12 november" / "Tuesday 12 November", in the organisation's time zone. */
export function longDate(value: Date, locale: MailLocale, timeZone: string): string {
	return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone
	}).format(value);
}

/** "12 november 2026" / "12 November 2026". */
export function dayDate(value: Date, locale: MailLocale, timeZone: string): string {
	return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone
	}).format(value);
}

/** The agent's first name: customers know them as "Sanne", not "Sanne de Vries". */
export function firstName(fullName: string): string {
	return fullName.trim().split(/\s+/)[0] || fullName;
}

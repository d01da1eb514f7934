// Who gets a survey: the decision for one new contact, as a pure function so that every rule can
// be tested on its own. The rules apply in a fixed order and the first that applies names the
// reason the contact is not surveyed; that reason is stored, so "why was this customer not
// asked?" always has an answer.
import { createHash } from 'node:crypto';

export type Channel = 'phone' | 'email' | 'chat' | 'social' | 'in_person';

export const SUPPRESSION_RULES = [
	'disabled',
	'no_program',
	'opted_out',
	'no_address',
	'too_old',
	'fatigue',
	'sampled_out'
] as const;
export type SuppressionReason = (typeof SUPPRESSION_RULES)[number];

export type SurveyProgramRules = {
	id: number;
	priority: number;
	/** Empty = every channel. */
	channels: Channel[];
	/** Empty = every contact reason (also contacts without one). */
	reasonIds: number[];
	delayMinutes: number;
	samplingPercent: number;
	fatigueDays: number;
	maxContactAgeHours: number;
	expiryDays: number;
	reminderAfterDays: number | null;
};

export type SurveyCandidate = {
	externalId: string;
	channel: Channel;
	reasonId: number | null;
	endedAt: Date;
	/** The source sent `survey: false`. */
	surveyDisabled: boolean;
};

export type CustomerSurveyState = {
	email: string | null;
	optedOutAt: Date | null;
	/** The customer's latest invitation that was sent or is scheduled, on any channel. */
	lastInvitedAt: Date | null;
};

/** How the invitation reaches the customer. */
export type Delivery = 'email' | 'link';

export type SurveyDecision =
	| { status: 'suppressed'; reason: SuppressionReason; programId: number | null }
	| {
			status: 'scheduled';
			programId: number;
			delivery: Delivery;
			sendAt: Date;
			expiresAt: Date;
			reminderAt: Date | null;
	  };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Social direct messages and chats: the source shows the survey link in the conversation
 * itself, so no e-mail address is needed and the link is handed out at once.
 */
export function deliveryFor(channel: Channel): Delivery {
	return channel === 'social' || channel === 'chat' ? 'link' : 'email';
}

/** The active program that covers the channel and reason; the lowest priority number wins. */
export function matchProgram(
	programs: SurveyProgramRules[],
	channel: Channel,
	reasonId: number | null
): SurveyProgramRules | null {
	const matching = programs.filter(
		(program) =>
			(program.channels.length === 0 || program.channels.includes(channel)) &&
			(program.reasonIds.length === 0 ||
				(reasonId !== null && program.reasonIds.includes(reasonId)))
	);
	matching.sort((a, b) => a.priority - b.priority || a.id - b.id);
	return matching[0] ?? null;
}

/**
 * 0–99, fixed per contact: sampling must decide the same way when a source retries, so it
 * hashes the contact's id instead of drawing a random number.
 */
export function samplingBucket(externalId: string): number {
	return createHash('sha256').update(externalId).digest().readUInt32BE(0) % 100;
}

export function decideSurvey(
	contact: SurveyCandidate,
	customer: CustomerSurveyState,
	programs: SurveyProgramRules[],
	now: Date
): SurveyDecision {
	const program = matchProgram(programs, contact.channel, contact.reasonId);
	const programId = program?.id ?? null;
	const suppressed = (reason: SuppressionReason): SurveyDecision => ({
		status: 'suppressed',
		reason,
		programId
	});
	if (contact.surveyDisabled) return suppressed('disabled');
	if (!program) return suppressed('no_program');
	if (customer.optedOutAt) return suppressed('opted_out');
	const delivery = deliveryFor(contact.channel);
	if (delivery === 'email' && !customer.email) return suppressed('no_address');
	if (now.getTime() - contact.endedAt.getTime() > program.maxContactAgeHours * HOUR)
		return suppressed('too_old');
	// fatigueDays 0 switches the rule off (otherwise a scheduled invitation would count forever).
	if (
		program.fatigueDays > 0 &&
		customer.lastInvitedAt &&
		customer.lastInvitedAt.getTime() > now.getTime() - program.fatigueDays * DAY
	)
		return suppressed('fatigue');
	if (samplingBucket(contact.externalId) >= program.samplingPercent)
		return suppressed('sampled_out');

	if (delivery === 'link') {
		// The source hands the link over now; there is no channel of ours to remind through.
		return {
			status: 'scheduled',
			programId: program.id,
			delivery,
			sendAt: now,
			expiresAt: new Date(now.getTime() + program.expiryDays * DAY),
			reminderAt: null
		};
	}
	const sendAt = new Date(
		Math.max(now.getTime(), contact.endedAt.getTime() + program.delayMinutes * MINUTE)
	);
	return {
		status: 'scheduled',
		programId: program.id,
		delivery,
		sendAt,
		expiresAt: new Date(sendAt.getTime() + program.expiryDays * DAY),
		reminderAt:
			program.reminderAfterDays === null
				? null
				: new Date(sendAt.getTime() + program.reminderAfterDays * DAY)
	};
}

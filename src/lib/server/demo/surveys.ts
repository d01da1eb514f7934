// The survey decision for every demo contact (scheduled, sent, expired or suppressed and why)
// and the answers of the customers who responded. Rules, their order, send times and statuses
// are those of the survey module and the e-mail dispatcher (surveys/eligibility.ts,
// jobs/dispatch.ts), so the demo rows look like a year of real operation and the dispatcher
// finds nothing to correct when the app starts.
import { samplingBucket } from '../surveys/eligibility';
import { composeComment, type Tone } from './comments';
import { CHANNEL } from './contact-details';
import type { ContactTable } from './contacts';
import { DAY, type CustomerTable, type DemoAgent } from './organisation';
import type { Random } from './random';
import { satisfaction } from './satisfaction';
import { CHANNELS, REASONS } from './taxonomy';

export const DEMO_PROGRAM = {
	name: 'Standaard na contact',
	delayMinutes: 30,
	samplingPercent: 80,
	fatigueDays: 30,
	maxContactAgeHours: 72,
	expiryDays: 14,
	reminderAfterDays: 3
} as const;

export const INVITATION_STATUSES = ['scheduled', 'sent', 'expired', 'suppressed'] as const;
export const STATUS = { scheduled: 0, sent: 1, expired: 2, suppressed: 3 } as const;
export const SUPPRESSION_REASONS = [
	'opted_out',
	'fatigue',
	'sampled_out',
	'too_old',
	'no_address',
	'disabled'
] as const;
const SUPPRESSED = { optedOut: 0, fatigue: 1, sampledOut: 2, tooOld: 3, noAddress: 4, disabled: 5 };

export type InvitationTable = {
	/** Index into INVITATION_STATUSES; row i belongs to contact row i. */
	status: Uint8Array;
	/** Index into SUPPRESSION_REASONS or -1. */
	suppression: Int8Array;
	/** Epoch ms or 0 (suppressed). */
	sendAt: Float64Array;
	/** Epoch ms or 0 (no reminder: suppressed, or a chat/social link). */
	reminderAt: Float64Array;
	reminderSent: Uint8Array;
	updatedAt: Float64Array;
	/** Per customer: the last invitation actually sent, epoch ms or 0. */
	lastInvitedAt: Float64Array;
};

export type ResponseTable = {
	count: number;
	/** Contact row (= invitation row) answered. */
	contact: Int32Array;
	answeredAt: Float64Array;
	/** -1 = question not answered. */
	csat: Int8Array;
	nps: Int8Array;
	ces: Int8Array;
	resolved: Int8Array;
	comment: (string | null)[];
};

const DELAY_MS = DEMO_PROGRAM.delayMinutes * 60_000;
const EXPIRY_MS = DEMO_PROGRAM.expiryDays * DAY;
const REMINDER_MS = DEMO_PROGRAM.reminderAfterDays * DAY;
const FATIGUE_MS = DEMO_PROGRAM.fatigueDays * DAY;
const MAX_AGE_MS = DEMO_PROGRAM.maxContactAgeHours * 3_600_000;
// Customers of e-mail contacts are used to answering by mail; webcare customers much less so.
const RESPONSE_BY_CHANNEL = [0.3, 0.36, 0.32, 0.24, 0.3];

/** The demo's contact numbers, as stored in contact.external_id. */
export function demoContactExternalId(row: number): string {
	return `DEMO-${String(row + 1).padStart(7, '0')}`;
}

/** Chat and social hand the survey link over in the conversation: no e-mail, no reminder. */
const byLink = (channel: number) => channel === CHANNEL.chat || channel === CHANNEL.social;

/**
 * Which rule, if any, keeps this contact from being surveyed: the rules and their order are the
 * survey module's (surveys/eligibility.ts), applied at the moment the contact reached us.
 */
function suppressionFor(
	contacts: ContactTable,
	customers: CustomerTable,
	lastInvitedAt: Float64Array,
	i: number
): number {
	const customer = contacts.customer[i];
	const decidedAt = contacts.endedAt[i] + contacts.ingestLagMs[i];
	const optedOut = customers.optedOutAt[customer];
	if (contacts.surveyOptOut[i]) return SUPPRESSED.disabled;
	if (optedOut > 0 && optedOut <= decidedAt) return SUPPRESSED.optedOut;
	if (!byLink(contacts.channel[i]) && !customers.hasEmail[customer]) return SUPPRESSED.noAddress;
	if (contacts.ingestLagMs[i] > MAX_AGE_MS) return SUPPRESSED.tooOld;
	const last = lastInvitedAt[customer];
	if (last > 0 && last > decidedAt - FATIGUE_MS) return SUPPRESSED.fatigue;
	if (samplingBucket(demoContactExternalId(i)) >= DEMO_PROGRAM.samplingPercent)
		return SUPPRESSED.sampledOut;
	return -1;
}

export function generateSurveys(
	random: Random,
	contacts: ContactTable,
	customers: CustomerTable,
	agents: DemoAgent[],
	now: number
): { invitations: InvitationTable; responses: ResponseTable } {
	const n = contacts.count;
	const invitations: InvitationTable = {
		status: new Uint8Array(n),
		suppression: new Int8Array(n).fill(-1),
		sendAt: new Float64Array(n),
		reminderAt: new Float64Array(n),
		reminderSent: new Uint8Array(n),
		updatedAt: new Float64Array(n),
		lastInvitedAt: new Float64Array(customers.count)
	};
	// At most one response per contact; typed arrays make the spare room cheap.
	const capacity = n;
	const responses: ResponseTable = {
		count: 0,
		contact: new Int32Array(capacity),
		answeredAt: new Float64Array(capacity),
		csat: new Int8Array(capacity),
		nps: new Int8Array(capacity),
		ces: new Int8Array(capacity),
		resolved: new Int8Array(capacity),
		comment: []
	};
	// The fatigue rule counts scheduled invitations too, so it needs every planned send time.
	const plannedAt = new Float64Array(customers.count);
	for (let i = 0; i < n; i++) {
		const decidedAt = contacts.endedAt[i] + contacts.ingestLagMs[i];
		invitations.updatedAt[i] = decidedAt;
		const suppression = suppressionFor(contacts, customers, plannedAt, i);
		if (suppression >= 0) {
			invitations.status[i] = STATUS.suppressed;
			invitations.suppression[i] = suppression;
			continue;
		}
		const customer = contacts.customer[i];
		const link = byLink(contacts.channel[i]);
		const sendAt = link ? decidedAt : Math.max(decidedAt, contacts.endedAt[i] + DELAY_MS);
		const reminderAt = link ? 0 : sendAt + REMINDER_MS;
		invitations.sendAt[i] = sendAt;
		invitations.reminderAt[i] = reminderAt;
		plannedAt[customer] = Math.max(plannedAt[customer], sendAt);
		if (sendAt > now) {
			invitations.status[i] = STATUS.scheduled;
			continue;
		}
		invitations.lastInvitedAt[customer] = Math.max(invitations.lastInvitedAt[customer], sendAt);
		const english = customers.locale[customer] === 1;
		const eager = contacts.emotion[i] >= 0 && contacts.emotion[i] <= 1 ? 1.1 : 1;
		const rate = RESPONSE_BY_CHANNEL[contacts.channel[i]] * (english ? 0.9 : 1) * eager;
		let answeredAt = -1;
		if (random.chance(rate)) {
			// Half answer within the hour; the rest later, some only after the reminder.
			const delay = random.chance(0.5)
				? 60_000 + random.next() * 3_600_000
				: Math.min(EXPIRY_MS - 60_000, random.logNormal(20 * 3_600_000, 1.1));
			answeredAt = Math.floor(sendAt + delay);
			if (answeredAt > now) answeredAt = -1;
		}
		// As the dispatcher does: past expires_at an invitation is expired, answered or not.
		const expired = sendAt + EXPIRY_MS <= now;
		invitations.status[i] = expired ? STATUS.expired : STATUS.sent;
		let updatedAt = sendAt;
		if (reminderAt > 0 && reminderAt <= now && (answeredAt < 0 || answeredAt > reminderAt)) {
			invitations.reminderSent[i] = 1;
			updatedAt = reminderAt;
		}
		if (expired) updatedAt = sendAt + EXPIRY_MS;
		invitations.updatedAt[i] = Math.max(decidedAt, updatedAt);
		if (answeredAt >= 0) answer(random, contacts, agents, responses, i, answeredAt, english, now);
	}
	return { invitations, responses };
}

function answer(
	random: Random,
	contacts: ContactTable,
	agents: DemoAgent[],
	responses: ResponseTable,
	i: number,
	answeredAt: number,
	english: boolean,
	now: number
): void {
	const mood = satisfaction(contacts, agents, i, now) + random.normal();
	const csat = mood < -1.35 ? 1 : mood < -0.75 ? 2 : mood < -0.25 ? 3 : mood < 0.85 ? 4 : 5;
	const npsLatent = mood + random.normal() * 0.6;
	const nps = Math.max(0, Math.min(10, Math.round(7 + 1.8 * npsLatent)));
	const ces = Math.max(1, Math.min(7, Math.round(5 + 1.3 * (mood + random.normal() * 0.7))));
	const repeated = contacts.repeated[i] === 1;
	const resolvedChance = (repeated ? 0.3 : 0.88) - (mood < -1 ? 0.2 : 0);
	const r = responses.count++;
	responses.contact[r] = i;
	responses.answeredAt[r] = answeredAt;
	// CSAT is the first question, answered by the tap in the mail; the rest is optional.
	responses.csat[r] = csat;
	responses.nps[r] = random.chance(0.92) ? nps : -1;
	responses.ces[r] = random.chance(0.85) ? ces : -1;
	responses.resolved[r] = random.chance(0.9) ? (random.chance(resolvedChance) ? 1 : 0) : -1;
	const answeredNps = responses.nps[r];
	const tone: Tone =
		csat <= 2 || (answeredNps >= 0 && answeredNps <= 4)
			? 'negative'
			: csat >= 4 && (answeredNps < 0 || answeredNps >= 8)
				? 'positive'
				: 'neutral';
	const commentChance = tone === 'negative' ? 0.66 : tone === 'neutral' ? 0.46 : 0.36;
	const reason = contacts.reason[i];
	responses.comment[r] = random.chance(commentChance)
		? composeComment(random, {
				locale: english ? 'en' : 'nl',
				reasonCode: reason >= 0 ? REASONS[reason].code : null,
				agentFirstName: agents[contacts.agent[i]].firstName,
				channel: CHANNELS[contacts.channel[i]],
				tone,
				repeat: repeated || contacts.repeatOf[i] >= 0
			})
		: null;
}

// Writes the survey decision of new contacts: exactly one invitation row per contact, scheduled
// or suppressed with its reason. The e-mail job later sends rows with status 'scheduled' whose
// send_at has come; social and chat invitations are 'sent' at once because the source shows the
// link itself.
import type { Sql } from '../contacts/transaction';
import {
	decideSurvey,
	type CustomerSurveyState,
	type SurveyCandidate,
	type SurveyDecision,
	type SurveyProgramRules
} from './eligibility';
import { newSurveyToken } from './tokens';

export type NewContact = SurveyCandidate & {
	contactId: number;
	customerId: number;
	agentId: number;
	teamId: number | null;
};

export type SurveyOutcome = { decision: SurveyDecision; token: string };

type ProgramRow = {
	id: number;
	priority: number;
	channels: string[];
	reason_ids: number[];
	delay_minutes: number;
	sampling_percent: number;
	fatigue_days: number;
	max_contact_age_hours: number;
	expiry_days: number;
	reminder_after_days: number | null;
};

export async function loadActivePrograms(sql: Sql): Promise<SurveyProgramRules[]> {
	const { rows } = await sql.query<ProgramRow>(
		`SELECT p.id, p.priority, p.channels::text[] AS channels,
		        coalesce(array_agg(r.reason_id) FILTER (WHERE r.reason_id IS NOT NULL), '{}') AS reason_ids,
		        p.delay_minutes, p.sampling_percent, p.fatigue_days, p.max_contact_age_hours,
		        p.expiry_days, p.reminder_after_days
		   FROM survey_program p
		   LEFT JOIN survey_program_reason r ON r.program_id = p.id
		  WHERE p.active
		  GROUP BY p.id`
	);
	return rows.map((row) => ({
		id: row.id,
		priority: row.priority,
		channels: row.channels as SurveyProgramRules['channels'],
		reasonIds: row.reason_ids,
		delayMinutes: row.delay_minutes,
		samplingPercent: row.sampling_percent,
		fatigueDays: row.fatigue_days,
		maxContactAgeHours: row.max_contact_age_hours,
		expiryDays: row.expiry_days,
		reminderAfterDays: row.reminder_after_days
	}));
}

type CustomerRow = {
	id: number;
	email: string | null;
	locale: 'nl' | 'en';
	opted_out_at: Date | null;
	last_invited_at: Date | null;
	last_invitation_at: Date | null;
};

/**
 * The customers' rows stay locked until commit, so two requests with contacts of one customer
 * take turns and the second sees the first one's invitation (one survey per fatigue period).
 */
async function lockCustomers(sql: Sql, customerIds: number[]) {
	const ids = [...new Set(customerIds)].sort((a, b) => a - b);
	await sql.query(
		'SELECT id FROM customer WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE',
		[ids]
	);
	// A separate statement: only a snapshot taken after the lock was granted sees the invitations
	// of the request that held it.
	const { rows } = await sql.query<CustomerRow>(
		`SELECT c.id, c.email, c.locale, c.opted_out_at, c.last_invited_at,
		        (SELECT max(coalesce(i.sent_at, i.send_at)) FROM invitation i
		          WHERE i.customer_id = c.id AND (i.status = 'scheduled' OR i.sent_at IS NOT NULL))
		          AS last_invitation_at
		   FROM customer c WHERE c.id = ANY($1::int[])`,
		[ids]
	);
	return new Map(rows.map((row) => [row.id, row]));
}

const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** Decides and stores the survey of each new contact; outcomes in the order given. */
export async function createInvitations(
	sql: Sql,
	contacts: NewContact[],
	now: Date
): Promise<SurveyOutcome[]> {
	if (contacts.length === 0) return [];
	const programs = await loadActivePrograms(sql);
	const customers = await lockCustomers(
		sql,
		contacts.map((c) => c.customerId)
	);
	// An invitation "sent or scheduled" counts for fatigue; so does one sent and since expired.
	const state = new Map<number, CustomerSurveyState>();
	for (const row of customers.values())
		state.set(row.id, {
			email: row.email,
			optedOutAt: row.opted_out_at,
			lastInvitedAt: latest(row.last_invited_at, row.last_invitation_at)
		});

	const outcomes: SurveyOutcome[] = [];
	const sentNow = new Set<number>();
	for (const contact of contacts) {
		const customer = state.get(contact.customerId) as CustomerSurveyState;
		const decision = decideSurvey(contact, customer, programs, now);
		if (decision.status === 'scheduled') {
			// Later contacts of this customer in the same request meet the fatigue rule.
			customer.lastInvitedAt = latest(customer.lastInvitedAt, decision.sendAt);
			if (decision.delivery === 'link') sentNow.add(contact.customerId);
		}
		outcomes.push({ decision, token: newSurveyToken() });
	}
	await insertInvitations(sql, contacts, outcomes, customers, now);
	// last_invited_at records invitations that reached the customer; the e-mail job sets it
	// when it sends a scheduled one.
	if (sentNow.size > 0)
		await sql.query(
			`UPDATE customer SET last_invited_at = greatest(last_invited_at, $2), updated_at = now()
			  WHERE id = ANY($1::int[])`,
			[[...sentNow], now]
		);
	return outcomes;
}

async function insertInvitations(
	sql: Sql,
	contacts: NewContact[],
	outcomes: SurveyOutcome[],
	customers: Map<number, CustomerRow>,
	now: Date
): Promise<void> {
	const column = <T>(pick: (contact: NewContact, outcome: SurveyOutcome) => T) =>
		contacts.map((contact, i) => pick(contact, outcomes[i]));
	const scheduled = (o: SurveyOutcome) => (o.decision.status === 'scheduled' ? o.decision : null);
	await sql.query(
		`INSERT INTO invitation (token, contact_id, customer_id, program_id, status, suppression_reason,
		                         locale, agent_id, team_id, channel, reason_id, send_at, sent_at,
		                         reminder_at, expires_at)
		 SELECT v.token, v.contact_id, v.customer_id, v.program_id, v.status::invitation_status,
		        v.suppression_reason::suppression_reason, v.locale::locale, v.agent_id, v.team_id,
		        v.channel::channel, v.reason_id, v.send_at, v.sent_at, v.reminder_at, v.expires_at
		   FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[],
		               $8::int[], $9::int[], $10::text[], $11::int[], $12::timestamptz[],
		               $13::timestamptz[], $14::timestamptz[], $15::timestamptz[])
		     AS v(token, contact_id, customer_id, program_id, status, suppression_reason, locale,
		          agent_id, team_id, channel, reason_id, send_at, sent_at, reminder_at, expires_at)`,
		[
			column((_, o) => o.token),
			column((c) => c.contactId),
			column((c) => c.customerId),
			column((_, o) => o.decision.programId),
			column((_, o) => {
				const d = scheduled(o);
				return d ? (d.delivery === 'link' ? 'sent' : 'scheduled') : 'suppressed';
			}),
			column((_, o) => (o.decision.status === 'suppressed' ? o.decision.reason : null)),
			column((c) => customers.get(c.customerId)?.locale ?? 'nl'),
			column((c) => c.agentId),
			column((c) => c.teamId),
			column((c) => c.channel),
			column((c) => c.reasonId),
			column((_, o) => scheduled(o)?.sendAt ?? null),
			column((_, o) => (scheduled(o)?.delivery === 'link' ? now : null)),
			column((_, o) => scheduled(o)?.reminderAt ?? null),
			column((_, o) => scheduled(o)?.expiresAt ?? null)
		]
	);
}

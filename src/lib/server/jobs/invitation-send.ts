// Sends one invitation e-mail or its reminder.
//
// The guarantee: a customer never gets the same e-mail twice. Each e-mail is sent exactly once,
// except when the sender cannot know whether the mail server took it (the process died during
// the send, or the connection broke after the whole message was handed over); then it is sent
// at most once, i.e. possibly never, rather than possibly twice.
//
// SMTP has no idempotency key, so the database decides who may send:
// 1. claim: one committed UPDATE sets send_claimed_at (reminder_claimed_at) where it was NULL;
//    PostgreSQL lets only one of several concurrent workers or processes win it.
// 2. send.
// 3. record, guarded by the claim's timestamp: `sent`; or, when the server refused (4xx/5xx) or
//    the connection failed before the message was complete, release the claim with a back-off
//    time (retry_at), or mark the invitation `failed` after the last attempt; or, when the
//    outcome is unknown, record it as sent with that in last_error.
// A claim older than the claim timeout with no recorded outcome means its process died between
// 1 and 3: the e-mail may be out, so the dispatcher records it as sent ("outcome unknown") and
// nobody sends it again (dispatch.ts).
import type pg from 'pg';
import type { FirstQuestion, MailChannel, MailKind, MailLocale } from '../mail/invitation-copy';
import { buildInvitationMail, type InvitationMailData } from '../mail/invitation-mail';
import { MailDeliveryError, type OutgoingMail } from '../mail/transport';
import { retryDelayMs, type DispatchContext } from './context';
import { INVITATION_DUE, MOMENT, REACHABLE_CUSTOMER, REMINDER_DUE } from './due';

export type SendOutcome =
	| { result: 'sent' }
	| { result: 'retry'; retryAt: Date; error: string }
	| { result: 'failed'; error: string }
	| { result: 'unknown'; error: string }
	/** Not due, already claimed or done by someone else, answered, expired, ... */
	| { result: 'skipped' }
	| { result: 'suppressed' };

type Claim = { attempts: number; claimed_at: Date };

// Per kind: how to claim, and how to record each outcome. $1 = id, $2 = the claim's timestamp.
const STEPS = {
	invitation: {
		claim: `UPDATE invitation i
		           SET send_claimed_at = t.now, attempts = i.attempts + 1, updated_at = now()
		          FROM customer c, ${MOMENT('$2')}
		         WHERE i.id = $1 AND c.id = i.customer_id AND ${INVITATION_DUE} AND ${REACHABLE_CUSTOMER}
		     RETURNING i.attempts, i.send_claimed_at AS claimed_at`,
		// $3 = now, $4 = last_error. The customer's last_invited_at feeds the fatigue rule.
		sent: `WITH sent AS (
		         UPDATE invitation i
		            SET status = CASE WHEN i.status = 'scheduled' THEN 'sent'::invitation_status ELSE i.status END,
		                sent_at = t.now, retry_at = NULL, last_error = $4, updated_at = now()
		           FROM ${MOMENT('$3')}
		          WHERE i.id = $1 AND i.send_claimed_at = $2
		      RETURNING i.customer_id, i.sent_at)
		       UPDATE customer c SET last_invited_at = greatest(c.last_invited_at, sent.sent_at), updated_at = now()
		         FROM sent WHERE c.id = sent.customer_id`,
		// $3 = now, $4 = back-off in ms, $5 = last_error
		retry: `UPDATE invitation i
		           SET send_claimed_at = NULL, retry_at = t.now + $4::double precision * interval '1 millisecond',
		               last_error = $5, updated_at = now()
		          FROM ${MOMENT('$3')}
		         WHERE i.id = $1 AND i.send_claimed_at = $2 AND i.status = 'scheduled'
		     RETURNING i.retry_at`,
		// $3 = last_error
		giveUp: `UPDATE invitation SET status = 'failed', retry_at = NULL, last_error = $3, updated_at = now()
		          WHERE id = $1 AND send_claimed_at = $2 AND status = 'scheduled'`
	},
	reminder: {
		claim: `UPDATE invitation i
		           SET reminder_claimed_at = t.now, reminder_attempts = i.reminder_attempts + 1,
		               updated_at = now()
		          FROM customer c, ${MOMENT('$2')}
		         WHERE i.id = $1 AND c.id = i.customer_id AND ${REMINDER_DUE} AND ${REACHABLE_CUSTOMER}
		     RETURNING i.reminder_attempts AS attempts, i.reminder_claimed_at AS claimed_at`,
		// A reminder's own earlier error goes once it is sent; the invitation's stays.
		sent: `UPDATE invitation i
		          SET reminder_sent_at = t.now, retry_at = NULL, updated_at = now(),
		              last_error = CASE WHEN $4::text IS NOT NULL THEN $4::text
		                                WHEN i.last_error LIKE 'Reminder:%' THEN NULL ELSE i.last_error END
		         FROM ${MOMENT('$3')}
		        WHERE i.id = $1 AND i.reminder_claimed_at = $2`,
		retry: `UPDATE invitation i
		           SET reminder_claimed_at = NULL, retry_at = t.now + $4::double precision * interval '1 millisecond',
		               last_error = $5, updated_at = now()
		          FROM ${MOMENT('$3')}
		         WHERE i.id = $1 AND i.reminder_claimed_at = $2 AND i.reminder_sent_at IS NULL
		     RETURNING i.retry_at`,
		// The invitation itself went out; only the reminder is dropped ("no reminder").
		giveUp: `UPDATE invitation
		            SET reminder_claimed_at = NULL, reminder_at = NULL, retry_at = NULL, last_error = $3,
		                updated_at = now()
		          WHERE id = $1 AND reminder_claimed_at = $2 AND reminder_sent_at IS NULL`
	}
} satisfies Record<MailKind, Record<string, string>>;

type MailRow = {
	id: number;
	token: string;
	locale: MailLocale;
	channel: MailChannel;
	status: string;
	created_at: Date;
	expires_at: Date | null;
	email: string | null;
	customer_name: string | null;
	opted_out_at: Date | null;
	agent_name: string;
	reason_nl: string | null;
	reason_en: string | null;
	ended_at: Date;
	first_question: FirstQuestion | null;
	sender_name: string | null;
	brand_color: string | null;
	logo_url: string | null;
};

async function loadMailRow(pool: pg.Pool, id: number): Promise<MailRow | null> {
	const { rows } = await pool.query<MailRow>(
		`SELECT i.id, i.token, i.locale::text AS locale, i.channel::text AS channel, i.status::text AS status,
		        i.created_at, i.expires_at, c.email, c.name AS customer_name, c.opted_out_at,
		        a.name AS agent_name, r.name_nl AS reason_nl, r.name_en AS reason_en, k.ended_at,
		        p.first_question::text AS first_question, p.sender_name, p.brand_color, p.logo_url
		   FROM invitation i
		   JOIN customer c ON c.id = i.customer_id
		   JOIN contact k ON k.id = i.contact_id
		   JOIN agent a ON a.id = i.agent_id
		   LEFT JOIN contact_reason r ON r.id = i.reason_id
		   LEFT JOIN survey_program p ON p.id = i.program_id
		  WHERE i.id = $1`,
		[id]
	);
	return rows[0] ?? null;
}

function mailData(row: MailRow): InvitationMailData {
	return {
		invitationId: row.id,
		createdAt: row.created_at,
		token: row.token,
		locale: row.locale,
		channel: row.channel,
		customer: { email: (row.email ?? '').trim(), name: row.customer_name },
		agentName: row.agent_name,
		reasonName: row.locale === 'en' ? row.reason_en : row.reason_nl,
		contactEndedAt: row.ended_at,
		expiresAt: row.expires_at,
		program: {
			firstQuestion: row.first_question ?? 'csat',
			senderName: row.sender_name ?? 'Klantstem',
			brandColor: row.brand_color ?? '#1f5f8b',
			logoUrl: row.logo_url
		}
	};
}

/** Recording the outcome must not be lost to a database hiccup: the claim would then go stale. */
async function persist(run: () => Promise<unknown>): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await run();
			return;
		} catch (error) {
			if (attempt >= 4) throw error;
			await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
		}
	}
}

function errorText(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

async function sendClaimed(
	context: DispatchContext,
	kind: MailKind,
	id: number,
	claim: Claim,
	mail: OutgoingMail,
	now: Date | null
): Promise<SendOutcome> {
	const steps = STEPS[kind];
	const { pool } = context;
	// The reminder shares last_error with the invitation; the prefix tells them apart.
	const note = (text: string) =>
		kind === 'reminder' ? `Reminder: ${text}` : text[0].toUpperCase() + text.slice(1);
	try {
		await context.transport.send(mail);
	} catch (error) {
		// Anything but the transport's own verdict could have come after the hand-over.
		const delivery = error instanceof MailDeliveryError ? error.delivery : 'unknown';
		if (delivery === 'unknown') {
			const message = note(
				`outcome unknown: ${errorText(error)}; the e-mail may have arrived, so it is not sent again`
			);
			await persist(() => pool.query(steps.sent, [id, claim.claimed_at, now, message]));
			return { result: 'unknown', error: message };
		}
		if (claim.attempts >= context.retry.maxAttempts) {
			const message = note(`not sent after ${claim.attempts} attempts: ${errorText(error)}`);
			await persist(() => pool.query(steps.giveUp, [id, claim.claimed_at, message]));
			return { result: 'failed', error: message };
		}
		const delay = retryDelayMs(claim.attempts, context.retry);
		const message = note(`attempt ${claim.attempts} failed: ${errorText(error)}`);
		let retryAt = new Date((now ?? new Date()).getTime() + delay);
		await persist(async () => {
			const { rows } = await pool.query<{ retry_at: Date }>(steps.retry, [
				id,
				claim.claimed_at,
				now,
				delay,
				message
			]);
			// The database's clock decides when the claim may be taken again.
			if (rows[0]) retryAt = rows[0].retry_at;
		});
		return { result: 'retry', retryAt, error: message };
	}
	await persist(() => pool.query(steps.sent, [id, claim.claimed_at, now, null]));
	return { result: 'sent' };
}

/** Claims, sends and records one e-mail. `now` lets tests move in time; default the database clock. */
export async function sendSurveyMail(
	context: DispatchContext,
	kind: MailKind,
	id: number,
	now: Date | null = null
): Promise<SendOutcome> {
	const { pool } = context;
	const row = await loadMailRow(pool, id);
	if (!row || row.status !== (kind === 'invitation' ? 'scheduled' : 'sent'))
		return { result: 'skipped' };
	if (row.opted_out_at || !row.email?.trim()) {
		if (kind === 'reminder') return { result: 'skipped' };
		const { rowCount } = await pool.query(
			`UPDATE invitation SET status = 'suppressed', suppression_reason = $2::suppression_reason,
			        updated_at = now()
			  WHERE id = $1 AND status = 'scheduled' AND send_claimed_at IS NULL`,
			[id, row.opted_out_at ? 'opted_out' : 'no_address']
		);
		return rowCount ? { result: 'suppressed' } : { result: 'skipped' };
	}
	// Built before the claim, so the claimed window holds nothing but the SMTP exchange.
	const mail = await buildInvitationMail(kind, mailData(row), context.mail);
	const { rows } = await pool.query<Claim>(STEPS[kind].claim, [id, now]);
	if (rows.length === 0) return { result: 'skipped' };
	return sendClaimed(context, kind, id, rows[0], mail, now);
}

export const sendInvitation = (context: DispatchContext, id: number, now: Date | null = null) =>
	sendSurveyMail(context, 'invitation', id, now);

export const sendReminder = (context: DispatchContext, id: number, now: Date | null = null) =>
	sendSurveyMail(context, 'reminder', id, now);

// The dispatcher's run: tidy up, then find the survey e-mails that are due.
// - A claim that outlived the claim timeout belongs to a sender that died mid-send: record the
//   e-mail as sent with "outcome unknown" (see invitation-send.ts for why it is not sent again).
// - A scheduled invitation whose customer opted out or has no address is suppressed.
// - An invitation past expires_at becomes `expired`; its response, if any, stays.
// Every statement is idempotent, so runs in several processes at once do no harm.
import type { MailKind } from '../mail/invitation-copy';
import type { DispatchContext } from './context';
import { INVITATION_DUE, MOMENT, REACHABLE_CUSTOMER, REMINDER_DUE } from './due';
import { sendSurveyMail, type SendOutcome } from './invitation-send';

export type DueMail = { kind: MailKind; invitationId: number };

export type SweepResult = { outcomeUnknown: number; suppressed: number; expired: number };

export type DispatchResult = SweepResult & {
	due: DueMail[];
	/** Only when the run sent the e-mails itself (no queue). */
	outcomes: SendOutcome['result'][];
};

const UNKNOWN =
	'the sending process stopped before it recorded whether the mail server accepted this e-mail; it may have arrived, so it is not sent again';

export async function sweep(
	context: DispatchContext,
	now: Date | null = null
): Promise<SweepResult> {
	const { pool } = context;
	const staleMs = context.claimTimeoutMs;
	const invitations = await pool.query<{ count: number }>(
		`WITH stale AS (
		   UPDATE invitation i
		      SET status = 'sent', sent_at = i.send_claimed_at, retry_at = NULL, last_error = $3,
		          updated_at = now()
		     FROM ${MOMENT('$1')}
		    WHERE i.status = 'scheduled'
		      AND i.send_claimed_at < t.now - $2::double precision * interval '1 millisecond'
		RETURNING i.customer_id, i.sent_at),
		 invited AS (
		   UPDATE customer c SET last_invited_at = greatest(c.last_invited_at, s.sent_at), updated_at = now()
		     FROM (SELECT customer_id, max(sent_at) AS sent_at FROM stale GROUP BY customer_id) s
		    WHERE c.id = s.customer_id)
		 SELECT count(*)::int AS count FROM stale`,
		[now, staleMs, `Outcome unknown: ${UNKNOWN}`]
	);
	const reminders = await pool.query(
		`UPDATE invitation i
		    SET reminder_sent_at = i.reminder_claimed_at, retry_at = NULL, last_error = $3, updated_at = now()
		   FROM ${MOMENT('$1')}
		  WHERE i.status = 'sent' AND i.reminder_sent_at IS NULL AND i.reminder_at <= t.now
		    AND i.reminder_claimed_at < t.now - $2::double precision * interval '1 millisecond'`,
		[now, staleMs, `Reminder: outcome unknown: ${UNKNOWN}`]
	);
	const suppressed = await pool.query(
		`UPDATE invitation i
		    SET status = 'suppressed', updated_at = now(),
		        suppression_reason = CASE WHEN c.opted_out_at IS NOT NULL THEN 'opted_out'::suppression_reason
		                                  ELSE 'no_address'::suppression_reason END
		   FROM customer c, ${MOMENT('$1')}
		  WHERE c.id = i.customer_id AND ${INVITATION_DUE} AND NOT (${REACHABLE_CUSTOMER})`,
		[now]
	);
	// An e-mail in flight (or whose sender died) is settled first, by the statements above, so
	// that an expired invitation never hides whether it was sent.
	const expired = await pool.query(
		`UPDATE invitation i SET status = 'expired', retry_at = NULL, updated_at = now()
		   FROM ${MOMENT('$1')}
		  WHERE i.status IN ('scheduled', 'sent') AND i.expires_at <= t.now
		    AND NOT (i.status = 'scheduled' AND i.send_claimed_at IS NOT NULL)
		    AND NOT (i.reminder_claimed_at IS NOT NULL AND i.reminder_sent_at IS NULL)`,
		[now]
	);
	return {
		outcomeUnknown: invitations.rows[0].count + (reminders.rowCount ?? 0),
		suppressed: suppressed.rowCount ?? 0,
		expired: expired.rowCount ?? 0
	};
}

export async function findDueMails(
	context: DispatchContext,
	now: Date | null = null,
	limit = context.batchSize
): Promise<DueMail[]> {
	const { rows } = await context.pool.query<{ id: number; kind: MailKind }>(
		`(SELECT i.id, 'invitation' AS kind FROM invitation i
		   JOIN customer c ON c.id = i.customer_id, ${MOMENT('$1')}
		  WHERE ${INVITATION_DUE} AND ${REACHABLE_CUSTOMER}
		  ORDER BY i.send_at LIMIT $2)
		 UNION ALL
		 (SELECT i.id, 'reminder' AS kind FROM invitation i
		   JOIN customer c ON c.id = i.customer_id, ${MOMENT('$1')}
		  WHERE ${REMINDER_DUE} AND ${REACHABLE_CUSTOMER}
		  ORDER BY i.reminder_at LIMIT $2)`,
		[now, limit]
	);
	return rows.map((row) => ({ kind: row.kind, invitationId: row.id }));
}

/**
 * One dispatcher run. With `enqueue` (the worker's queue) the due e-mails are handed to it;
 * without, they are sent here one after another (tests, scripts).
 */
export async function dispatchDue(
	context: DispatchContext,
	now: Date | null = null,
	enqueue?: (mails: DueMail[]) => Promise<void>
): Promise<DispatchResult> {
	const swept = await sweep(context, now);
	const due = await findDueMails(context, now);
	const outcomes: SendOutcome['result'][] = [];
	if (enqueue) {
		if (due.length > 0) await enqueue(due);
	} else {
		for (const mail of due)
			outcomes.push((await sendSurveyMail(context, mail.kind, mail.invitationId, now)).result);
	}
	return { ...swept, due, outcomes };
}

// When an invitation e-mail or reminder is due, in one place: the dispatcher's search and the
// sender's claim must agree, or the dispatcher would queue work that the claim then refuses.
// Each fragment expects the invitation as `i`, its customer as `c` and the moment as `t.now`.

/** Chat and social invitations reach the customer through the source, never by e-mail. */
export const EMAILED_CHANNEL = `i.channel NOT IN ('chat', 'social')`;

export const REACHABLE_CUSTOMER = `c.opted_out_at IS NULL AND coalesce(btrim(c.email), '') <> ''`;

const NOT_BACKING_OFF = `(i.retry_at IS NULL OR i.retry_at <= t.now)`;
const OPEN = `(i.expires_at IS NULL OR i.expires_at > t.now)`;

export const INVITATION_DUE = `i.status = 'scheduled' AND i.send_claimed_at IS NULL
	AND i.send_at <= t.now AND ${NOT_BACKING_OFF} AND ${OPEN} AND ${EMAILED_CHANNEL}`;

// A reminder keeps its distance from the invitation: when the invitation itself went out late
// (mail server down), the reminder moves along instead of following it within minutes.
export const REMINDER_DUE = `i.status = 'sent' AND i.reminder_sent_at IS NULL
	AND i.reminder_claimed_at IS NULL AND i.reminder_at <= t.now
	AND greatest(i.reminder_at, i.sent_at + (i.reminder_at - coalesce(i.send_at, i.sent_at))) <= t.now
	AND ${NOT_BACKING_OFF} AND ${OPEN} AND ${EMAILED_CHANNEL}
	AND NOT EXISTS (SELECT 1 FROM response r WHERE r.invitation_id = i.id)`;

/** `t.now`: the caller's moment (tests travel in time) or the database's clock. */
export const MOMENT = (param: string) => `(SELECT coalesce(${param}::timestamptz, now()) AS now) t`;

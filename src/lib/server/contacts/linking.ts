// Repeat contacts and channel switches (shared/METRICS.md). Within one customer and one contact
// reason, ordered by (ended_at, id), contact Y repeats X when X is the contact just before Y and
// Y ended at most 7 × 24 h after X; a repeat on another channel is a channel switch, and X is
// `repeated` (not resolved at first contact). Contacts without a reason are never linked.
//
// Contacts arrive late and out of order, and a re-sent contact may move to another customer,
// reason or time, so links are never patched incrementally: every group a request touched is
// recomputed from its stored contacts in one statement.
import { lockAll, lockKey, type Sql } from './transaction';

export const REPEAT_WINDOW_HOURS = 7 * 24;

export type LinkGroup = { customerId: number; reasonId: number };

export function linkGroupKey(group: LinkGroup): bigint {
	return lockKey('contact-link', group.customerId, group.reasonId);
}

/**
 * Requests touching the same group take turns: a recompute that ran before another request's
 * contact was committed would miss it and leave stale links. Hold these until commit.
 */
export async function lockLinkGroups(sql: Sql, groups: Iterable<LinkGroup>): Promise<void> {
	await lockAll(sql, [...groups].map(linkGroupKey));
}

export function distinctGroups(
	groups: Iterable<{ customerId: number; reasonId: number | null }>
): LinkGroup[] {
	const seen = new Map<string, LinkGroup>();
	for (const { customerId, reasonId } of groups)
		if (reasonId !== null) seen.set(`${customerId}:${reasonId}`, { customerId, reasonId });
	return [...seen.values()];
}

/** Recomputes the links of whole groups; returns how many contacts changed. */
export async function relinkGroups(sql: Sql, groups: LinkGroup[]): Promise<number> {
	if (groups.length === 0) return 0;
	const { rowCount } = await sql.query(
		`WITH grp AS (
		   SELECT DISTINCT * FROM unnest($1::int[], $2::int[]) AS g(customer_id, reason_id)
		 ), ordered AS (
		   SELECT c.id, c.channel, c.ended_at,
		          lag(c.id) OVER w AS previous_id,
		          lag(c.channel) OVER w AS previous_channel,
		          c.ended_at - lag(c.ended_at) OVER w AS since_previous,
		          lead(c.ended_at) OVER w - c.ended_at AS until_next
		     FROM contact c
		     JOIN grp ON c.customer_id = grp.customer_id AND c.reason_id = grp.reason_id
		   WINDOW w AS (PARTITION BY c.customer_id, c.reason_id ORDER BY c.ended_at, c.id)
		 ), links AS (
		   SELECT id,
		          CASE WHEN since_previous <= $3 * interval '1 hour' THEN previous_id END AS repeat_of_id,
		          coalesce(since_previous <= $3 * interval '1 hour' AND channel <> previous_channel, false)
		            AS channel_switch,
		          coalesce(until_next <= $3 * interval '1 hour', false) AS repeated
		     FROM ordered
		 )
		 UPDATE contact c
		    SET repeat_of_id = l.repeat_of_id, channel_switch = l.channel_switch,
		        repeated = l.repeated, updated_at = now()
		   FROM links l
		  WHERE c.id = l.id
		    AND (c.repeat_of_id IS DISTINCT FROM l.repeat_of_id
		         OR c.channel_switch <> l.channel_switch OR c.repeated <> l.repeated)`,
		[groups.map((g) => g.customerId), groups.map((g) => g.reasonId), REPEAT_WINDOW_HOURS]
	);
	return rowCount ?? 0;
}

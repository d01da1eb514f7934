// Detractor follow-up: a low answer (NPS 0–6 or CSAT 1–2) gets one item for the team lead of the
// agent's team, due two working days later. The survey module calls `ensureFollowUp` in the
// transaction that stores the response, so there is never a low response without its item.
//
// An item is history, not a live flag: when the customer later raises the score, the item stays
// (the lead may already have called; the queue shows the current answer next to it). A changed
// answer that becomes low gets an item if it has none yet. One item per response, enforced by
// the unique response_id.
import type { Sql } from '../contacts/transaction';
import { addWorkingDays } from './working-days';

export const FOLLOW_UP_WORKING_DAYS = 2;

export type LowScoreAnswer = { nps: number | null; csat: number | null };

/** NPS detractor (0–6) or CSAT 1–2. */
export function needsFollowUp(answer: LowScoreAnswer): boolean {
	return (answer.nps !== null && answer.nps <= 6) || (answer.csat !== null && answer.csat <= 2);
}

export type FollowUpCandidate = LowScoreAnswer & { responseId: number; teamId: number | null };

/**
 * Creates the response's follow-up when its answer is low and it has none yet; true when it
 * created one. The assignee is the team's lead, the first by name when several lead the team
 * (deactivated users are skipped), or nobody when the team has no lead or the contact no team.
 */
export async function ensureFollowUp(
	sql: Sql,
	candidate: FollowUpCandidate,
	now: Date
): Promise<boolean> {
	if (!needsFollowUp(candidate)) return false;
	const { rowCount } = await sql.query(
		`INSERT INTO follow_up (response_id, team_id, assignee_user_id, status, due_at, created_at,
		                        updated_at)
		 SELECT $1, $2::int,
		        (SELECT tl.user_id FROM team_lead tl JOIN app_user u ON u.id = tl.user_id
		          WHERE tl.team_id = $2::int AND u.deactivated_at IS NULL
		          ORDER BY u.name, u.id LIMIT 1),
		        'open', $3, $4, $4
		 ON CONFLICT (response_id) DO NOTHING`,
		[candidate.responseId, candidate.teamId, addWorkingDays(now, FOLLOW_UP_WORKING_DAYS), now]
	);
	return (rowCount ?? 0) > 0;
}

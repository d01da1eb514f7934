// Writes a customer's answers: one response per invitation, however many times and however
// simultaneously the form is sent. `INSERT ... ON CONFLICT (invitation_id) DO UPDATE` lets the
// unique index decide: the first submit inserts, every later (or concurrent) one updates that row.
// The insert only happens while the invitation is open, checked in the same statement, so an
// invitation that expires meanwhile records nothing. The follow-up of a low answer is created in
// the same transaction (follow-ups/).
import type pg from 'pg';
import { inTransaction } from '../contacts/transaction';
import { ensureFollowUp } from '../follow-ups';
import type { Answers } from './answer-page';

export type SaveResult =
	| { status: 'saved'; responseId: number; created: boolean; followUpCreated: boolean }
	| { status: 'closed' };

type Row = {
	id: number;
	team_id: number | null;
	csat: number | null;
	nps: number | null;
	created: boolean;
};

/**
 * Stores `answers` for the invitation; questions missing from `answers` keep their stored value.
 * The dimensions (contact, agent, team, channel, reason, contact end) are copied from the
 * invitation's snapshot and its contact when the response is first created, and never change.
 */
export async function saveResponse(
	pool: pg.Pool,
	invitationId: number,
	answers: Answers,
	now: Date
): Promise<SaveResult> {
	return inTransaction(pool, async (sql) => {
		const { rows } = await sql.query<Row>(
			`INSERT INTO response (invitation_id, contact_id, agent_id, team_id, channel, reason_id,
			                       contact_ended_at, csat, nps, ces, resolved, comment, created_at,
			                       updated_at)
			 SELECT i.id, i.contact_id, i.agent_id, i.team_id, i.channel, i.reason_id, c.ended_at,
			        $2, $3, $4, $5, $6, $8, $8
			   FROM invitation i JOIN contact c ON c.id = i.contact_id
			  WHERE i.id = $1 AND i.status NOT IN ('suppressed', 'expired')
			    AND (i.expires_at IS NULL OR i.expires_at > $8)
			 ON CONFLICT (invitation_id) DO UPDATE
			    SET csat = coalesce(EXCLUDED.csat, response.csat),
			        nps = coalesce(EXCLUDED.nps, response.nps),
			        ces = coalesce(EXCLUDED.ces, response.ces),
			        resolved = coalesce(EXCLUDED.resolved, response.resolved),
			        comment = CASE WHEN $7 THEN EXCLUDED.comment ELSE response.comment END,
			        updated_at = EXCLUDED.updated_at
			 RETURNING id, team_id, csat, nps, (xmax = 0) AS created`,
			[
				invitationId,
				answers.csat ?? null,
				answers.nps ?? null,
				answers.ces ?? null,
				answers.resolved ?? null,
				answers.comment ?? null,
				answers.comment !== undefined,
				now
			]
		);
		const row = rows[0];
		if (!row) return { status: 'closed' } as const;
		const followUpCreated = await ensureFollowUp(
			sql,
			{ responseId: row.id, teamId: row.team_id, nps: row.nps, csat: row.csat },
			now
		);
		return { status: 'saved', responseId: row.id, created: row.created, followUpCreated } as const;
	});
}

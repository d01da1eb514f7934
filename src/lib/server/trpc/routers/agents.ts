import { z } from 'zod';
import { AccessDenied, canSeeAgent } from '../../auth/scope';
import type { SessionUser } from '../../auth/session-user';
import type { Database } from '../../db';
import { headline } from '../../metrics/headline';
import { lastDays } from '../../metrics/scope-sql';
import { roleProcedure, router } from '../init';

const days = z.number().int().min(1).max(730).default(30);

async function agentFigures(
	database: Database,
	user: SessionUser,
	agentId: number,
	period: number
) {
	const agent = await database.prisma.agent.findUnique({
		where: { id: agentId },
		select: {
			id: true,
			name: true,
			email: true,
			active: true,
			teamId: true,
			team: { select: { id: true, name: true } }
		}
	});
	// Outside the scope looks exactly like "does not exist".
	if (!agent || !canSeeAgent(user, agent)) throw new AccessDenied(404);
	const figures = await headline(database.pool, lastDays(period), { teams: null, agent: agent.id });
	return { agent, figures };
}

export const agentsRouter = router({
	/** One agent's figures: their team lead, a director, or the agent themselves. */
	get: roleProcedure('director', 'team_lead', 'agent')
		.input(z.object({ id: z.number().int().positive(), days }))
		.query(({ ctx, input }) => agentFigures(ctx.db, ctx.user, input.id, input.days)),

	/** The signed-in agent's own figures. */
	me: roleProcedure('agent')
		.input(z.object({ days }).default({ days: 30 }))
		.query(({ ctx, input }) => {
			if (ctx.user.agentId === null)
				throw new AccessDenied(404, 'Your account is not linked to an agent');
			return agentFigures(ctx.db, ctx.user, ctx.user.agentId, input.days);
		})
});

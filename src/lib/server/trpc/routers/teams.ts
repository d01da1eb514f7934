import { z } from 'zod';
import { AccessDenied, canSeeTeam, teamFilter } from '../../auth/scope';
import { teamAgentsCsat } from '../../metrics/team-agents';
import { lastDays } from '../../metrics/scope-sql';
import { roleProcedure, router } from '../init';

const teamId = z.object({ id: z.number().int().positive() });

export const teamsRouter = router({
	/** The teams in the user's scope. */
	list: roleProcedure('admin', 'director', 'team_lead').query(async ({ ctx }) => {
		const teams = teamFilter(ctx.user);
		return ctx.db.prisma.team.findMany({
			where: { archivedAt: null, ...(teams ? { id: { in: teams } } : {}) },
			orderBy: { name: 'asc' },
			select: { id: true, name: true, _count: { select: { agents: { where: { active: true } } } } }
		});
	}),

	/** One team with its agents' answers and CSAT % over the last N days. */
	get: roleProcedure('director', 'team_lead')
		.input(teamId.extend({ days: z.number().int().min(1).max(730).default(30) }))
		.query(async ({ ctx, input }) => {
			if (!canSeeTeam(ctx.user, input.id)) throw new AccessDenied(404);
			const team = await ctx.db.prisma.team.findUnique({
				where: { id: input.id },
				select: { id: true, name: true }
			});
			if (!team) throw new AccessDenied(404);
			const period = lastDays(input.days);
			return { team, period, agents: await teamAgentsCsat(ctx.db.pool, team.id, period) };
		})
});

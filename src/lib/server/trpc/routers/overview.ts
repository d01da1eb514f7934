import { z } from 'zod';
import { headline } from '../../metrics/headline';
import { lastDays, scopeParams } from '../../metrics/scope-sql';
import { roleProcedure, router } from '../init';

export const overviewRouter = router({
	/** Headline NPS, CSAT, CES and FCR with n and 95 % intervals for the last N days. */
	headline: roleProcedure('director', 'admin')
		.input(z.object({ days: z.number().int().min(1).max(730).default(30) }).default({ days: 30 }))
		.query(({ ctx, input }) => headline(ctx.db.pool, lastDays(input.days), scopeParams(ctx.user)))
});

import { router } from './init';
import { adminRouter } from './routers/admin';
import { agentsRouter } from './routers/agents';
import { overviewRouter } from './routers/overview';
import { teamsRouter } from './routers/teams';

export const appRouter = router({
	admin: adminRouter,
	agents: agentsRouter,
	overview: overviewRouter,
	teams: teamsRouter
});

export type AppRouter = typeof appRouter;

// Admin: users, teams, agents, the dev mailbox, and (in admin-*.ts) API keys, survey programs and
// CSV imports. Admin only; each procedure validates its input and calls a service function.
// Domain errors (a taken name, a missing agent) become BAD_REQUEST with the error as cause, so
// forms can show them next to the field (admin-procedure.ts).
import { z } from 'zod';
import {
	createUser,
	passwordInput,
	setPassword,
	setUserActive,
	updateUser,
	userInput,
	UserError
} from '../../auth/users';
import {
	agentInput,
	agentListInput,
	createAgent,
	createTeam,
	getAgent,
	getMailboxMessage,
	getTeam,
	getUser,
	listAgents,
	listMailbox,
	listTeams,
	listUsers,
	renameTeam,
	setAgentActive,
	setTeamArchived,
	teamInput,
	teamListInput,
	teamOptions,
	updateAgent,
	userFormOptions,
	userListInput
} from '../../organisation';
import { router } from '../init';
import { adminProcedure } from './admin-procedure';
import { apiKeysRouter } from './admin-api-keys';
import { importsRouter } from './admin-import';
import { surveysRouter } from './admin-surveys';

const numericId = z.object({ id: z.number().int().positive() });
const userId = z.object({ id: z.string().min(1).max(100) });

const usersRouter = router({
	list: adminProcedure
		.input(userListInput)
		.query(({ ctx, input }) => listUsers(ctx.db.prisma, input)),
	get: adminProcedure.input(userId).query(({ ctx, input }) => getUser(ctx.db.prisma, input.id)),
	formOptions: adminProcedure.query(({ ctx }) => userFormOptions(ctx.db.prisma)),
	create: adminProcedure
		.input(z.object({ user: userInput, password: passwordInput }))
		.mutation(async ({ ctx, input }) => ({
			id: await createUser(ctx.db.prisma, input.user, input.password)
		})),
	update: adminProcedure
		.input(z.object({ id: z.string().min(1), user: userInput }))
		.mutation(async ({ ctx, input }) => {
			// An admin who takes away their own admin role would lock everyone out of this page.
			if (input.id === ctx.user.id && input.user.role !== 'admin')
				throw new UserError('role', 'errors.ownRole');
			await getUser(ctx.db.prisma, input.id);
			await updateUser(ctx.db.prisma, input.id, input.user);
		}),
	setPassword: adminProcedure
		.input(z.object({ id: z.string().min(1), password: passwordInput }))
		.mutation(async ({ ctx, input }) => {
			await getUser(ctx.db.prisma, input.id);
			await setPassword(ctx.db.prisma, input.id, input.password);
		}),
	setActive: adminProcedure
		.input(z.object({ id: z.string().min(1), active: z.boolean() }))
		.mutation(async ({ ctx, input }) => {
			if (input.id === ctx.user.id && !input.active)
				throw new UserError('_', 'errors.deactivateSelf');
			await getUser(ctx.db.prisma, input.id);
			await setUserActive(ctx.db.prisma, input.id, input.active);
		})
});

const teamsRouter = router({
	list: adminProcedure
		.input(teamListInput)
		.query(({ ctx, input }) => listTeams(ctx.db.prisma, input)),
	get: adminProcedure.input(numericId).query(({ ctx, input }) => getTeam(ctx.db.prisma, input.id)),
	options: adminProcedure
		.input(z.object({ include: z.number().int().positive().nullable().default(null) }))
		.query(({ ctx, input }) => teamOptions(ctx.db.prisma, input.include)),
	create: adminProcedure
		.input(teamInput)
		.mutation(async ({ ctx, input }) => ({ id: await createTeam(ctx.db.prisma, input) })),
	rename: adminProcedure
		.input(numericId.extend({ team: teamInput }))
		.mutation(({ ctx, input }) => renameTeam(ctx.db.prisma, input.id, input.team)),
	setArchived: adminProcedure
		.input(numericId.extend({ archived: z.boolean() }))
		.mutation(({ ctx, input }) => setTeamArchived(ctx.db.prisma, input.id, input.archived))
});

const agentsRouter = router({
	list: adminProcedure
		.input(agentListInput)
		.query(({ ctx, input }) => listAgents(ctx.db.prisma, input)),
	get: adminProcedure.input(numericId).query(({ ctx, input }) => getAgent(ctx.db.prisma, input.id)),
	create: adminProcedure
		.input(agentInput)
		.mutation(async ({ ctx, input }) => ({ id: await createAgent(ctx.db.prisma, input) })),
	update: adminProcedure
		.input(numericId.extend({ agent: agentInput }))
		.mutation(({ ctx, input }) => updateAgent(ctx.db.prisma, input.id, input.agent)),
	setActive: adminProcedure
		.input(numericId.extend({ active: z.boolean() }))
		.mutation(({ ctx, input }) => setAgentActive(ctx.db.prisma, input.id, input.active))
});

const mailboxRouter = router({
	list: adminProcedure
		.input(
			z.object({ q: z.string().max(200).default(''), page: z.number().int().min(1).default(1) })
		)
		.query(({ ctx, input }) => listMailbox(ctx.db.prisma, input)),
	get: adminProcedure
		.input(numericId)
		.query(({ ctx, input }) => getMailboxMessage(ctx.db.prisma, input.id))
});

export const adminRouter = router({
	/** Counts for the admin start page. */
	summary: adminProcedure.query(async ({ ctx }) => {
		const prisma = ctx.db.prisma;
		const [users, teams, agents, mails] = await Promise.all([
			prisma.user.count({ where: { deactivatedAt: null } }),
			prisma.team.count({ where: { archivedAt: null } }),
			prisma.agent.count({ where: { active: true } }),
			prisma.mailboxMessage.count()
		]);
		return { users, teams, agents, mails };
	}),
	users: usersRouter,
	teams: teamsRouter,
	agents: agentsRouter,
	mailbox: mailboxRouter,
	apiKeys: apiKeysRouter,
	surveys: surveysRouter,
	imports: importsRouter
});

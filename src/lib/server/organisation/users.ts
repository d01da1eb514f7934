// The admin's view of user accounts: lists and form choices. Changes go through auth/users.ts,
// which owns accounts.
import { z } from 'zod';
import { roles } from '../auth/users';
import { AccessDenied } from '../auth/scope';
import type { Prisma, PrismaClient } from '../db/generated/client';
import { pageOf, skipFor, type Page } from './paging';

export const userListInput = z.object({
	q: z.string().trim().max(100).default(''),
	role: z.enum(roles).nullable().default(null),
	status: z.enum(['active', 'inactive', 'all']).default('active'),
	page: z.number().int().min(1).default(1)
});

export type UserRow = {
	id: string;
	name: string;
	email: string;
	role: (typeof roles)[number];
	deactivatedAt: Date | null;
	agent: { id: number; name: string } | null;
	teams: { id: number; name: string }[];
};

const userSelect = {
	id: true,
	name: true,
	email: true,
	role: true,
	locale: true,
	deactivatedAt: true,
	createdAt: true,
	agent: { select: { id: true, name: true } },
	leadTeams: { select: { team: { select: { id: true, name: true } } } }
} satisfies Prisma.UserSelect;

export async function listUsers(
	prisma: PrismaClient,
	input: z.input<typeof userListInput>
): Promise<Page<UserRow>> {
	const { q, role, status, page } = userListInput.parse(input);
	const where: Prisma.UserWhereInput = {
		...(q
			? {
					OR: [
						{ name: { contains: q, mode: 'insensitive' } },
						{ email: { contains: q, mode: 'insensitive' } }
					]
				}
			: {}),
		...(role ? { role } : {}),
		...(status === 'all' ? {} : { deactivatedAt: status === 'active' ? null : { not: null } })
	};
	const [rows, total] = await Promise.all([
		prisma.user.findMany({
			where,
			orderBy: [{ name: 'asc' }, { email: 'asc' }],
			...skipFor(page),
			select: userSelect
		}),
		prisma.user.count({ where })
	]);
	const items = rows.map(({ leadTeams, ...user }) => ({
		...user,
		teams: leadTeams.map((lead) => lead.team)
	}));
	return pageOf(items, total, page);
}

export async function getUser(prisma: PrismaClient, id: string) {
	const user = await prisma.user.findUnique({ where: { id }, select: userSelect });
	if (!user) throw new AccessDenied(404);
	const { leadTeams, ...rest } = user;
	return {
		...rest,
		teamIds: leadTeams.map((lead) => lead.team.id),
		teams: leadTeams.map((l) => l.team)
	};
}

/** Choices for the user form: teams to lead and agents a user can be. */
export async function userFormOptions(prisma: PrismaClient) {
	const [teams, agents] = await Promise.all([
		prisma.team.findMany({
			where: { archivedAt: null },
			orderBy: { name: 'asc' },
			select: { id: true, name: true }
		}),
		prisma.agent.findMany({
			where: { active: true },
			orderBy: { name: 'asc' },
			select: {
				id: true,
				name: true,
				externalId: true,
				team: { select: { name: true } },
				user: { select: { id: true } }
			}
		})
	]);
	return {
		teams,
		agents: agents.map((agent) => ({
			id: agent.id,
			name: agent.name,
			externalId: agent.externalId,
			team: agent.team?.name ?? null,
			userId: agent.user?.id ?? null
		}))
	};
}

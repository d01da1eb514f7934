// Teams: create, rename, archive and restore. Archiving keeps the team's history (contacts and
// answers keep pointing at it) but takes it out of pickers and team lists.
import { z } from 'zod';
import { AccessDenied } from '../auth/scope';
import type { PrismaClient } from '../db/generated/client';
import { isUniqueViolation, OrganisationError } from './errors';
import { pageOf, skipFor, type Page } from './paging';

export const teamInput = z.object({
	name: z.string().trim().min(1, 'errors.teamNameRequired').max(100, 'errors.tooLong')
});

export type TeamInput = z.input<typeof teamInput>;

export const teamListInput = z.object({
	q: z.string().trim().max(100).default(''),
	status: z.enum(['active', 'archived', 'all']).default('active'),
	page: z.number().int().min(1).default(1)
});

export type TeamRow = {
	id: number;
	name: string;
	archivedAt: Date | null;
	activeAgents: number;
	leads: string[];
};

async function assertNameFree(prisma: PrismaClient, name: string, self?: number) {
	const same = await prisma.team.findFirst({
		where: { name: { equals: name, mode: 'insensitive' }, ...(self ? { id: { not: self } } : {}) },
		select: { id: true }
	});
	if (same) throw new OrganisationError('name', 'errors.teamNameTaken');
}

async function existing(prisma: PrismaClient, id: number) {
	const team = await prisma.team.findUnique({ where: { id } });
	if (!team) throw new AccessDenied(404);
	return team;
}

export async function createTeam(prisma: PrismaClient, input: TeamInput): Promise<number> {
	const { name } = teamInput.parse(input);
	await assertNameFree(prisma, name);
	try {
		return (await prisma.team.create({ data: { name }, select: { id: true } })).id;
	} catch (error) {
		if (isUniqueViolation(error)) throw new OrganisationError('name', 'errors.teamNameTaken');
		throw error;
	}
}

export async function renameTeam(prisma: PrismaClient, id: number, input: TeamInput) {
	const { name } = teamInput.parse(input);
	await existing(prisma, id);
	await assertNameFree(prisma, name, id);
	try {
		await prisma.team.update({ where: { id }, data: { name } });
	} catch (error) {
		if (isUniqueViolation(error)) throw new OrganisationError('name', 'errors.teamNameTaken');
		throw error;
	}
}

/** Archives (or restores) a team. Its agents stay in it until an admin moves them. */
export async function setTeamArchived(prisma: PrismaClient, id: number, archived: boolean) {
	const team = await existing(prisma, id);
	// Archiving twice keeps the first date: double submits change nothing.
	if (archived === (team.archivedAt !== null)) return;
	await prisma.team.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
}

export async function listTeams(
	prisma: PrismaClient,
	input: z.input<typeof teamListInput>
): Promise<Page<TeamRow>> {
	const { q, status, page } = teamListInput.parse(input);
	const where = {
		...(q ? { name: { contains: q, mode: 'insensitive' as const } } : {}),
		...(status === 'active' ? { archivedAt: null } : {}),
		...(status === 'archived' ? { archivedAt: { not: null } } : {})
	};
	const [rows, total] = await Promise.all([
		prisma.team.findMany({
			where,
			orderBy: { name: 'asc' },
			...skipFor(page),
			select: {
				id: true,
				name: true,
				archivedAt: true,
				_count: { select: { agents: { where: { active: true } } } },
				leads: { select: { user: { select: { name: true } } } }
			}
		}),
		prisma.team.count({ where })
	]);
	const items = rows.map((row) => ({
		id: row.id,
		name: row.name,
		archivedAt: row.archivedAt,
		activeAgents: row._count.agents,
		leads: row.leads.map((lead) => lead.user.name).sort()
	}));
	return pageOf(items, total, page);
}

export async function getTeam(prisma: PrismaClient, id: number) {
	const team = await prisma.team.findUnique({
		where: { id },
		select: {
			id: true,
			name: true,
			archivedAt: true,
			createdAt: true,
			_count: { select: { agents: { where: { active: true } } } },
			leads: { select: { user: { select: { id: true, name: true, email: true } } } }
		}
	});
	if (!team) throw new AccessDenied(404);
	return {
		id: team.id,
		name: team.name,
		archivedAt: team.archivedAt,
		createdAt: team.createdAt,
		activeAgents: team._count.agents,
		leads: team.leads.map((lead) => lead.user)
	};
}

/** Teams that can be chosen in forms: active ones, plus an archived one already in use. */
export async function teamOptions(prisma: PrismaClient, include?: number | null) {
	return prisma.team.findMany({
		where: { OR: [{ archivedAt: null }, ...(include ? [{ id: include }] : [])] },
		orderBy: { name: 'asc' },
		select: { id: true, name: true, archivedAt: true }
	});
}

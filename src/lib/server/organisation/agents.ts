// Agents: create, edit (including moving to another team) and deactivate. An agent's contacts
// and answers keep the team they happened in; a move only changes where new contacts count.
import { z } from 'zod';
import { AccessDenied } from '../auth/scope';
import type { Prisma, PrismaClient } from '../db/generated/client';
import { isUniqueViolation, OrganisationError } from './errors';
import { pageOf, skipFor, type Page } from './paging';

const email = z
	.string()
	.trim()
	.toLowerCase()
	.max(200, 'errors.tooLong')
	.refine((value) => value === '' || z.email().safeParse(value).success, 'errors.emailInvalid');

export const agentInput = z.object({
	externalId: z.string().trim().min(1, 'errors.externalIdRequired').max(100, 'errors.tooLong'),
	name: z.string().trim().min(1, 'errors.nameRequired').max(200, 'errors.tooLong'),
	email: email.nullable().default(null),
	teamId: z.number().int().positive().nullable().default(null)
});

export type AgentInput = z.input<typeof agentInput>;

export const agentSorts = ['name', 'externalId', 'team', 'createdAt'] as const;

export const agentListInput = z.object({
	q: z.string().trim().max(100).default(''),
	teamId: z.number().int().positive().nullable().default(null),
	status: z.enum(['active', 'inactive', 'all']).default('active'),
	sort: z.enum(agentSorts).default('name'),
	dir: z.enum(['asc', 'desc']).default('asc'),
	page: z.number().int().min(1).default(1)
});

export type AgentRow = {
	id: number;
	externalId: string;
	name: string;
	email: string | null;
	active: boolean;
	createdAt: Date;
	team: { id: number; name: string } | null;
	user: { id: string; email: string } | null;
};

async function assertValid(
	prisma: PrismaClient,
	data: z.output<typeof agentInput>,
	self?: { id: number; teamId: number | null }
) {
	const sameId = await prisma.agent.findUnique({ where: { externalId: data.externalId } });
	if (sameId && sameId.id !== self?.id)
		throw new OrganisationError('externalId', 'errors.externalIdTaken');
	if (data.teamId !== null) {
		const team = await prisma.team.findUnique({ where: { id: data.teamId } });
		if (!team) throw new OrganisationError('teamId', 'errors.teamNotFound');
		// Keeping an agent in a team that was archived meanwhile is fine; moving one into it is not.
		if (team.archivedAt && team.id !== self?.teamId)
			throw new OrganisationError('teamId', 'errors.teamArchived');
	}
}

function columns(data: z.output<typeof agentInput>) {
	return {
		externalId: data.externalId,
		name: data.name,
		email: data.email || null,
		teamId: data.teamId
	};
}

export async function createAgent(prisma: PrismaClient, input: AgentInput): Promise<number> {
	const data = agentInput.parse(input);
	await assertValid(prisma, data);
	try {
		return (await prisma.agent.create({ data: columns(data), select: { id: true } })).id;
	} catch (error) {
		if (isUniqueViolation(error))
			throw new OrganisationError('externalId', 'errors.externalIdTaken');
		throw error;
	}
}

export async function updateAgent(prisma: PrismaClient, id: number, input: AgentInput) {
	const data = agentInput.parse(input);
	const agent = await prisma.agent.findUnique({ where: { id } });
	if (!agent) throw new AccessDenied(404);
	await assertValid(prisma, data, agent);
	try {
		await prisma.agent.update({ where: { id }, data: columns(data) });
	} catch (error) {
		if (isUniqueViolation(error))
			throw new OrganisationError('externalId', 'errors.externalIdTaken');
		throw error;
	}
}

/** Deactivated agents leave team pages and pickers; their history stays. */
export async function setAgentActive(prisma: PrismaClient, id: number, active: boolean) {
	const updated = await prisma.agent.updateMany({ where: { id }, data: { active } });
	if (updated.count === 0) throw new AccessDenied(404);
}

const orderBy: Record<
	(typeof agentSorts)[number],
	(dir: 'asc' | 'desc') => Prisma.AgentOrderByWithRelationInput[]
> = {
	name: (dir) => [{ name: dir }, { id: 'asc' }],
	externalId: (dir) => [{ externalId: dir }],
	team: (dir) => [{ team: { name: dir } }, { name: 'asc' }],
	createdAt: (dir) => [{ createdAt: dir }, { id: dir }]
};

export async function listAgents(
	prisma: PrismaClient,
	input: z.input<typeof agentListInput>
): Promise<Page<AgentRow>> {
	const { q, teamId, status, sort, dir, page } = agentListInput.parse(input);
	const where: Prisma.AgentWhereInput = {
		...(q
			? {
					OR: [
						{ name: { contains: q, mode: 'insensitive' } },
						{ externalId: { contains: q, mode: 'insensitive' } },
						{ email: { contains: q, mode: 'insensitive' } }
					]
				}
			: {}),
		...(teamId ? { teamId } : {}),
		...(status === 'all' ? {} : { active: status === 'active' })
	};
	const [items, total] = await Promise.all([
		prisma.agent.findMany({
			where,
			orderBy: orderBy[sort](dir),
			...skipFor(page),
			select: {
				id: true,
				externalId: true,
				name: true,
				email: true,
				active: true,
				createdAt: true,
				team: { select: { id: true, name: true } },
				user: { select: { id: true, email: true } }
			}
		}),
		prisma.agent.count({ where })
	]);
	return pageOf(items, total, page);
}

export async function getAgent(prisma: PrismaClient, id: number) {
	const agent = await prisma.agent.findUnique({
		where: { id },
		select: {
			id: true,
			externalId: true,
			name: true,
			email: true,
			active: true,
			teamId: true,
			createdAt: true,
			team: { select: { id: true, name: true, archivedAt: true } },
			user: { select: { id: true, email: true, deactivatedAt: true } }
		}
	});
	if (!agent) throw new AccessDenied(404);
	return agent;
}

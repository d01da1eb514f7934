// Accounts: create, change and deactivate users, the teams a lead leads, the agent a user is.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { PrismaClient, Role } from '../db/generated/client';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';
import type { SessionUser } from './session-user';

export const roles = ['admin', 'director', 'team_lead', 'agent'] as const;

export const userInput = z
	.object({
		name: z.string().trim().min(1, 'Enter a name').max(200),
		email: z.string().trim().toLowerCase().email('Enter a valid e-mail address'),
		role: z.enum(roles),
		locale: z.enum(['nl', 'en']).default('nl'),
		agentId: z.number().int().positive().nullable().default(null),
		teamIds: z.array(z.number().int().positive()).default([])
	})
	.superRefine((value, ctx) => {
		if (value.role === 'agent' && value.agentId === null)
			ctx.addIssue({ code: 'custom', path: ['agentId'], message: 'Choose the agent this user is' });
		if (value.role !== 'team_lead' && value.teamIds.length > 0)
			ctx.addIssue({ code: 'custom', path: ['teamIds'], message: 'Only team leads lead teams' });
	});

export type UserInput = z.input<typeof userInput>;

export const passwordInput = z
	.string()
	.min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
	.max(200, 'Use at most 200 characters');

export class UserError extends Error {
	constructor(
		readonly field: string,
		message: string
	) {
		super(message);
	}
}

async function assertFree(
	prisma: PrismaClient,
	email: string,
	agentId: number | null,
	self?: string
) {
	const sameEmail = await prisma.user.findUnique({ where: { email } });
	if (sameEmail && sameEmail.id !== self)
		throw new UserError('email', 'A user with this e-mail address already exists');
	if (agentId !== null) {
		const sameAgent = await prisma.user.findUnique({ where: { agentId } });
		if (sameAgent && sameAgent.id !== self)
			throw new UserError('agentId', `This agent already has a user (${sameAgent.email})`);
	}
}

export async function createUser(
	prisma: PrismaClient,
	input: UserInput,
	password: string
): Promise<string> {
	const data = userInput.parse(input);
	const hash = await hashPassword(passwordInput.parse(password));
	await assertFree(prisma, data.email, data.agentId);
	const id = randomUUID();
	await prisma.$transaction([
		prisma.user.create({
			data: {
				id,
				name: data.name,
				email: data.email,
				emailVerified: true,
				role: data.role as Role,
				locale: data.locale,
				agentId: data.agentId
			}
		}),
		prisma.account.create({
			data: {
				id: randomUUID(),
				accountId: id,
				providerId: 'credential',
				userId: id,
				password: hash
			}
		}),
		prisma.teamLead.createMany({ data: data.teamIds.map((teamId) => ({ userId: id, teamId })) })
	]);
	return id;
}

export async function updateUser(prisma: PrismaClient, id: string, input: UserInput) {
	const data = userInput.parse(input);
	await assertFree(prisma, data.email, data.agentId, id);
	await prisma.$transaction([
		prisma.user.update({
			where: { id },
			data: {
				name: data.name,
				email: data.email,
				role: data.role as Role,
				locale: data.locale,
				agentId: data.agentId
			}
		}),
		prisma.teamLead.deleteMany({ where: { userId: id } }),
		prisma.teamLead.createMany({ data: data.teamIds.map((teamId) => ({ userId: id, teamId })) }),
		// A changed role or scope takes effect at once: existing sessions end.
		prisma.session.deleteMany({ where: { userId: id } })
	]);
}

export async function setPassword(prisma: PrismaClient, userId: string, password: string) {
	const hash = await hashPassword(passwordInput.parse(password));
	const updated = await prisma.account.updateMany({
		where: { userId, providerId: 'credential' },
		data: { password: hash }
	});
	if (updated.count === 0)
		await prisma.account.create({
			data: {
				id: randomUUID(),
				accountId: userId,
				providerId: 'credential',
				userId,
				password: hash
			}
		});
}

/** Deactivated users cannot sign in; their sessions end now. History stays. */
export async function setUserActive(prisma: PrismaClient, id: string, active: boolean) {
	await prisma.$transaction([
		prisma.user.update({ where: { id }, data: { deactivatedAt: active ? null : new Date() } }),
		...(active ? [] : [prisma.session.deleteMany({ where: { userId: id } })])
	]);
}

/** The request's user with role and scope, or null for an unknown or deactivated user. */
export async function loadSessionUser(
	prisma: PrismaClient,
	userId: string
): Promise<SessionUser | null> {
	const user = await prisma.user.findUnique({
		where: { id: userId },
		include: { leadTeams: { select: { teamId: true } } }
	});
	if (!user || user.deactivatedAt) return null;
	return {
		id: user.id,
		name: user.name,
		email: user.email,
		role: user.role,
		locale: user.locale,
		agentId: user.agentId,
		teamIds: user.leadTeams.map((t) => t.teamId).sort((a, b) => a - b)
	};
}

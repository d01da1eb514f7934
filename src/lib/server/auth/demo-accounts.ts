// The demo logins and ingest key of ARCHITECTURE.md. Only ever called right after demo data was
// seeded into a database that was empty (startup.ts).
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../db/generated/client';
import { createUser } from './users';

export const DEMO_PASSWORD = 'klantstem-demo';
export const DEMO_API_KEY = 'ks_demo_ingest_key';

export const DEMO_LOGINS = [
	{ email: 'admin@example.com', role: 'admin' },
	{ email: 'director@example.com', role: 'director' },
	{ email: 'lead@example.com', role: 'team_lead' },
	{ email: 'agent@example.com', role: 'agent' }
] as const;

export function hashApiKey(key: string): string {
	return createHash('sha256').update(key).digest('hex');
}

export async function createDemoAccounts(
	prisma: PrismaClient,
	demo: { leadTeamId: number; demoAgentId: number }
): Promise<void> {
	const agent = await prisma.agent.findUniqueOrThrow({ where: { id: demo.demoAgentId } });
	await createUser(
		prisma,
		{ name: 'Anouk Admin', email: 'admin@example.com', role: 'admin', locale: 'nl' },
		DEMO_PASSWORD
	);
	await createUser(
		prisma,
		{ name: 'Daan Directeur', email: 'director@example.com', role: 'director', locale: 'nl' },
		DEMO_PASSWORD
	);
	await createUser(
		prisma,
		{
			name: 'Lotte Teamleider',
			email: 'lead@example.com',
			role: 'team_lead',
			locale: 'nl',
			teamIds: [demo.leadTeamId]
		},
		DEMO_PASSWORD
	);
	await createUser(
		prisma,
		{
			name: agent.name,
			email: 'agent@example.com',
			role: 'agent',
			locale: 'nl',
			agentId: agent.id
		},
		DEMO_PASSWORD
	);
	await prisma.apiKey.create({
		data: {
			name: 'Demo ingest key',
			prefix: DEMO_API_KEY.slice(0, 8),
			keyHash: hashApiKey(DEMO_API_KEY)
		}
	});
}

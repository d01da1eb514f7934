// A small organisation for access tests: two teams with two agents each, one user per role, and
// a few contacts with answers so figures are not empty.
import type { SessionUser } from '../../../src/lib/server/auth/session-user';
import type { Database } from '../../../src/lib/server/db/client';

export type Organisation = {
	teams: { own: number; other: number };
	agents: { own: number; ownColleague: number; other: number };
	users: Record<'admin' | 'director' | 'lead' | 'agent', SessionUser>;
};

function sessionUser(
	id: string,
	role: SessionUser['role'],
	extra: Partial<SessionUser> = {}
): SessionUser {
	return {
		id,
		name: id,
		email: `${id}@example.com`,
		role,
		locale: 'nl',
		agentId: null,
		teamIds: [],
		...extra
	};
}

export async function createOrganisation({ prisma }: Database): Promise<Organisation> {
	const own = await prisma.team.create({ data: { name: 'Team Noord' } });
	const other = await prisma.team.create({ data: { name: 'Team Zuid' } });
	const agent = (externalId: string, name: string, teamId: number) =>
		prisma.agent.create({ data: { externalId, name, teamId } });
	const a1 = await agent('A1', 'Sanne de Vries', own.id);
	const a2 = await agent('A2', 'Mohammed El Amrani', own.id);
	const a3 = await agent('A3', 'Joris Bakker', other.id);
	const customer = await prisma.customer.create({
		data: { externalId: 'C1', email: 'klant@example.nl' }
	});
	const now = Date.now();
	let n = 0;
	for (const a of [a1, a2, a3]) {
		for (let i = 0; i < 3; i++) {
			n += 1;
			const endedAt = new Date(now - (i + 1) * 86_400_000);
			const contact = await prisma.contact.create({
				data: {
					externalId: `K${n}`,
					channel: 'phone',
					endedAt,
					customerId: customer.id,
					agentId: a.id,
					teamId: a.teamId
				}
			});
			const invitation = await prisma.invitation.create({
				data: {
					token: `token-${n}-abcdefghijklmnopqrstuvwxyz`,
					contactId: contact.id,
					customerId: customer.id,
					status: 'sent',
					agentId: a.id,
					teamId: a.teamId,
					channel: 'phone',
					sentAt: endedAt
				}
			});
			await prisma.response.create({
				data: {
					invitationId: invitation.id,
					contactId: contact.id,
					agentId: a.id,
					teamId: a.teamId,
					channel: 'phone',
					contactEndedAt: endedAt,
					csat: 3 + i,
					nps: 6 + i * 2,
					resolved: i > 0
				}
			});
		}
	}
	return {
		teams: { own: own.id, other: other.id },
		agents: { own: a1.id, ownColleague: a2.id, other: a3.id },
		users: {
			admin: sessionUser('admin', 'admin'),
			director: sessionUser('director', 'director'),
			lead: sessionUser('lead', 'team_lead', { teamIds: [own.id] }),
			agent: sessionUser('agent', 'agent', { agentId: a1.id })
		}
	};
}

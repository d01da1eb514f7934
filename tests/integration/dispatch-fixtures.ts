// Rows for the survey e-mail tests (dispatch*.test.ts, mail*.test.ts), created with Prisma the
// way the ingest API would leave them, and a dispatch context pointed at a test SMTP server.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/lib/server/db/client';
import type { DispatchContext } from '../../src/lib/server/jobs/context';
import { createMailTransport, type MailTransport } from '../../src/lib/server/mail/transport';
import type { TestSmtpServer } from './support/smtp';

export const ORIGIN = 'https://klantstem.example.org';
export const MAIL_FROM = 'Klantstem <enquete@klantstem.example.org>';
export const DAY = 86_400_000;

export type World = { teamId: number; agentId: number; reasonId: number; programId: number };

type ProgramFields = {
	firstQuestion?: 'csat' | 'nps';
	senderName?: string;
	brandColor?: string;
	logoUrl?: string | null;
};

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export async function createWorld(
	{ prisma }: Database,
	program: ProgramFields = {}
): Promise<World> {
	const team = await prisma.team.create({ data: { name: unique('Team Noord') } });
	const agent = await prisma.agent.create({
		data: { externalId: unique('A'), name: 'Sanne de Vries', teamId: team.id }
	});
	const reason = await prisma.contactReason.create({
		data: { code: unique('invoice'), nameNl: 'Factuur', nameEn: 'Invoice' }
	});
	const survey = await prisma.surveyProgram.create({
		data: {
			name: unique('Programma'),
			firstQuestion: program.firstQuestion ?? 'csat',
			senderName: program.senderName ?? 'Energie Noord',
			brandColor: program.brandColor ?? '#c0392b',
			logoUrl: program.logoUrl ?? null
		}
	});
	return { teamId: team.id, agentId: agent.id, reasonId: reason.id, programId: survey.id };
}

export type InvitationFields = {
	status?: 'scheduled' | 'sent' | 'expired';
	channel?: 'phone' | 'email' | 'chat' | 'social' | 'in_person';
	locale?: 'nl' | 'en';
	email?: string | null;
	customerName?: string | null;
	optedOutAt?: Date | null;
	endedAt?: Date;
	sendAt?: Date;
	sentAt?: Date | null;
	reminderAt?: Date | null;
	expiresAt?: Date | null;
	reasonId?: number | null;
};

export type CreatedInvitation = {
	id: number;
	token: string;
	contactId: number;
	customerId: number;
};

export async function createInvitation(
	{ prisma }: Database,
	world: World,
	fields: InvitationFields = {}
): Promise<CreatedInvitation> {
	const now = Date.now();
	const locale = fields.locale ?? 'nl';
	const customer = await prisma.customer.create({
		data: {
			externalId: unique('C'),
			email: fields.email === undefined ? `${unique('klant')}@example.nl` : fields.email,
			name: fields.customerName === undefined ? 'Jan Jansen' : fields.customerName,
			locale,
			optedOutAt: fields.optedOutAt ?? null
		}
	});
	const reasonId = fields.reasonId === undefined ? world.reasonId : fields.reasonId;
	const channel = fields.channel ?? 'phone';
	const endedAt = fields.endedAt ?? new Date(now - 60 * 60_000);
	const contact = await prisma.contact.create({
		data: {
			externalId: unique('K'),
			channel,
			endedAt,
			customerId: customer.id,
			agentId: world.agentId,
			teamId: world.teamId,
			reasonId
		}
	});
	const sendAt = fields.sendAt ?? new Date(now - 60_000);
	const token = randomBytes(32).toString('base64url');
	const invitation = await prisma.invitation.create({
		data: {
			token,
			contactId: contact.id,
			customerId: customer.id,
			programId: world.programId,
			status: fields.status ?? 'scheduled',
			locale,
			agentId: world.agentId,
			teamId: world.teamId,
			channel,
			reasonId,
			sendAt,
			sentAt: fields.sentAt ?? null,
			reminderAt: fields.reminderAt ?? null,
			expiresAt:
				fields.expiresAt === undefined ? new Date(sendAt.getTime() + 14 * DAY) : fields.expiresAt
		}
	});
	return { id: invitation.id, token, contactId: contact.id, customerId: customer.id };
}

export async function answer({ prisma }: Database, invitation: CreatedInvitation, csat = 4) {
	const row = await prisma.invitation.findUniqueOrThrow({
		where: { id: invitation.id },
		include: { contact: true }
	});
	await prisma.response.create({
		data: {
			invitationId: row.id,
			contactId: row.contactId,
			agentId: row.agentId,
			teamId: row.teamId,
			channel: row.channel,
			reasonId: row.reasonId,
			contactEndedAt: row.contact.endedAt,
			csat
		}
	});
}

/** Fast retries for tests: the back-off doubles from 50 ms. */
export function testContext(
	database: Database,
	smtp: TestSmtpServer | null,
	overrides: Partial<DispatchContext> = {}
): DispatchContext & { transport: MailTransport } {
	return {
		pool: database.pool,
		transport: createMailTransport({
			smtp: smtp ? smtp.transport : null,
			mailFrom: MAIL_FROM,
			prisma: () => database.prisma
		}),
		mail: { origin: ORIGIN, mailFrom: MAIL_FROM },
		retry: { maxAttempts: 5, baseDelayMs: 50, maxDelayMs: 400 },
		claimTimeoutMs: 60_000,
		batchSize: 100,
		...overrides
	};
}

export async function waitFor<T>(
	probe: () => Promise<T>,
	done: (value: T) => boolean,
	timeoutMs = 20_000
): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (done(value) || Date.now() > until) return value;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

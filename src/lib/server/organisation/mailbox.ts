// The dev mailbox (mails kept when SMTP_URL is unset), read by admins. Only mail/ writes it.
import { AccessDenied } from '../auth/scope';
import type { PrismaClient } from '../db/generated/client';
import { pageOf, skipFor } from './paging';

export async function listMailbox(prisma: PrismaClient, input: { q?: string; page: number }) {
	const q = input.q?.trim() ?? '';
	const where = q
		? {
				OR: [
					{ to: { contains: q, mode: 'insensitive' as const } },
					{ subject: { contains: q, mode: 'insensitive' as const } }
				]
			}
		: {};
	const [items, total] = await Promise.all([
		prisma.mailboxMessage.findMany({
			where,
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			...skipFor(input.page),
			select: { id: true, from: true, to: true, subject: true, createdAt: true }
		}),
		prisma.mailboxMessage.count({ where })
	]);
	return pageOf(items, total, input.page);
}

export async function getMailboxMessage(prisma: PrismaClient, id: number) {
	const message = await prisma.mailboxMessage.findUnique({ where: { id } });
	if (!message) throw new AccessDenied(404);
	return message;
}

// The auth instance of this process, created at start once the database is up.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/generated/client';
import { config } from '../env';
import { passwordResetMail } from '../mail/account-mails';
import { sendMail } from '../mail/transport';
import { createAuth, type Auth } from './better-auth';

const holder = globalThis as unknown as { __klantstemAuth?: Auth };

/**
 * The signing secret comes from KS_AUTH_SECRET or is generated once and kept in the database, so
 * that every app process of one installation signs and verifies cookies alike.
 */
async function authSecret(prisma: PrismaClient): Promise<string> {
	if (process.env.KS_AUTH_SECRET) return process.env.KS_AUTH_SECRET;
	const generated = randomBytes(32).toString('base64url');
	await prisma.appSetting.upsert({
		where: { key: 'auth_secret' },
		create: { key: 'auth_secret', value: generated },
		update: {}
	});
	const stored = await prisma.appSetting.findUniqueOrThrow({ where: { key: 'auth_secret' } });
	return stored.value as string;
}

export async function startAuth(prisma: PrismaClient): Promise<Auth> {
	const secret = await authSecret(prisma);
	const origin = config().origin;
	holder.__klantstemAuth = createAuth(prisma, {
		secret,
		origin,
		sendResetPassword: async (user, token) => {
			const stored = await prisma.user.findUnique({ where: { email: user.email } });
			const url = `${origin}/reset-password?token=${encodeURIComponent(token)}`;
			await sendMail({
				to: user.email,
				...passwordResetMail(stored?.locale ?? 'nl', user.name, url)
			});
		}
	});
	return holder.__klantstemAuth;
}

export function auth(): Auth {
	if (!holder.__klantstemAuth) throw new Error('Auth is not started yet');
	return holder.__klantstemAuth;
}

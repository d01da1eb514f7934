// Sign-in, sessions and password reset are better-auth's: sessions live in the database
// (auth_session), the cookie is httpOnly, SameSite=Lax and Secure when ORIGIN is https.
// Sign-up is off: admins create accounts (users.ts).
import { getRequestEvent } from '$app/server';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import type { PrismaClient } from '../db/generated/client';
import { MIN_PASSWORD_LENGTH } from './passwords';

export type AuthOptions = {
	secret: string;
	origin: string;
	sendResetPassword: (user: { email: string; name: string }, token: string) => Promise<void>;
};

export function createAuth(prisma: PrismaClient, options: AuthOptions) {
	return betterAuth({
		appName: 'Klantstem',
		baseURL: options.origin,
		secret: options.secret,
		trustedOrigins: [options.origin],
		database: prismaAdapter(prisma, { provider: 'postgresql' }),
		telemetry: { enabled: false },
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: MIN_PASSWORD_LENGTH,
			resetPasswordTokenExpiresIn: 60 * 60,
			revokeSessionsOnPasswordReset: true,
			sendResetPassword: ({ user, token }) => options.sendResetPassword(user, token)
		},
		session: {
			expiresIn: 60 * 60 * 24 * 7,
			updateAge: 60 * 60 * 24
		},
		advanced: {
			cookiePrefix: 'klantstem',
			useSecureCookies: options.origin.startsWith('https:'),
			database: { generateId: () => crypto.randomUUID() }
		},
		plugins: [sveltekitCookies(getRequestEvent)]
	});
}

export type Auth = ReturnType<typeof createAuth>;

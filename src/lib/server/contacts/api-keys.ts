// API keys for the ingest API. A key is shown once when it is created; the database keeps only
// its SHA-256, so a leaked database does not leak working keys. The admin pages call these
// functions (after checking the admin role) and show a key by its name and prefix.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
/** Longer headers are not keys; no need to hash them. */
const MAX_KEY_LENGTH = 200;

export const apiKeyNameInput = z.object({
	name: z.string().trim().min(1, 'Give the key a name').max(100, 'At most 100 characters')
});

export const apiKeyInput = apiKeyNameInput.extend({
	rateLimitPerMinute: z
		.number()
		.int('A whole number of requests per minute')
		.min(1, 'At least 1 request per minute')
		.max(100_000, 'At most 100,000 requests per minute')
		.default(DEFAULT_RATE_LIMIT_PER_MINUTE),
	createdByUserId: z.string().min(1).nullish()
});

export const apiKeyRateInput = apiKeyInput.pick({ rateLimitPerMinute: true });

export type ApiKeySummary = {
	id: number;
	name: string;
	prefix: string;
	rateLimitPerMinute: number;
	createdAt: Date;
	lastUsedAt: Date | null;
	revokedAt: Date | null;
};

/** The key that authenticated a request: what the rate limiter and the ingest need. */
export type AuthenticatedKey = { id: number; name: string; rateLimitPerMinute: number };

const summary = {
	id: true,
	name: true,
	prefix: true,
	rateLimitPerMinute: true,
	createdAt: true,
	lastUsedAt: true,
	revokedAt: true
} as const;

export function hashKey(key: string): string {
	return createHash('sha256').update(key).digest('hex');
}

/** `ks_` + 32 random bytes base64url: 256 bits, recognisable in logs and secret scanners. */
function generateKey(): string {
	return `ks_${randomBytes(32).toString('base64url')}`;
}

/** Creates a key; `key` in the answer is the only time the plaintext exists outside the client. */
export async function createApiKey(
	prisma: PrismaClient,
	input: z.input<typeof apiKeyInput>
): Promise<ApiKeySummary & { key: string }> {
	const { name, rateLimitPerMinute, createdByUserId } = apiKeyInput.parse(input);
	const key = generateKey();
	const created = await prisma.apiKey.create({
		data: {
			name,
			rateLimitPerMinute,
			createdByUserId: createdByUserId ?? null,
			prefix: key.slice(0, 10),
			keyHash: hashKey(key)
		},
		select: summary
	});
	return { ...created, key };
}

/** Active keys first, then revoked ones, newest first within each. */
export async function listApiKeys(prisma: PrismaClient): Promise<ApiKeySummary[]> {
	const keys = await prisma.apiKey.findMany({ select: summary, orderBy: { createdAt: 'desc' } });
	return [...keys.filter((k) => !k.revokedAt), ...keys.filter((k) => k.revokedAt)];
}

export class ApiKeyNotFound extends Error {
	constructor(id: number) {
		super(`There is no API key ${id}`);
	}
}

async function existing(prisma: PrismaClient, id: number) {
	const key = await prisma.apiKey.findUnique({ where: { id }, select: summary });
	if (!key) throw new ApiKeyNotFound(id);
	return key;
}

export async function renameApiKey(
	prisma: PrismaClient,
	id: number,
	input: z.input<typeof apiKeyNameInput>
): Promise<ApiKeySummary> {
	const { name } = apiKeyNameInput.parse(input);
	await existing(prisma, id);
	return prisma.apiKey.update({ where: { id }, data: { name }, select: summary });
}

export async function setApiKeyRateLimit(
	prisma: PrismaClient,
	id: number,
	input: z.input<typeof apiKeyRateInput>
): Promise<ApiKeySummary> {
	const { rateLimitPerMinute } = apiKeyRateInput.parse(input);
	await existing(prisma, id);
	return prisma.apiKey.update({ where: { id }, data: { rateLimitPerMinute }, select: summary });
}

/** Revoking is final (a leaked key must stay dead) and keeps the first revocation date. */
export async function revokeApiKey(prisma: PrismaClient, id: number): Promise<ApiKeySummary> {
	await existing(prisma, id);
	await prisma.apiKey.updateMany({
		where: { id, revokedAt: null },
		data: { revokedAt: new Date() }
	});
	return existing(prisma, id);
}

/** The key of an `Authorization: Bearer <key>` header, or null: missing, unknown or revoked. */
export async function authenticateApiKey(
	prisma: PrismaClient,
	authorization: string | null | undefined
): Promise<AuthenticatedKey | null> {
	const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
	const key = match?.[1];
	if (!key || key.length > MAX_KEY_LENGTH) return null;
	const hash = hashKey(key);
	const found = await prisma.apiKey.findUnique({
		where: { keyHash: hash },
		select: { id: true, name: true, rateLimitPerMinute: true, keyHash: true, revokedAt: true }
	});
	if (!found || found.revokedAt) return null;
	// The lookup already matched the hash; comparing again in constant time costs nothing.
	if (!timingSafeEqual(Buffer.from(found.keyHash, 'hex'), Buffer.from(hash, 'hex'))) return null;
	return { id: found.id, name: found.name, rateLimitPerMinute: found.rateLimitPerMinute };
}

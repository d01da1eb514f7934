// Admin: API keys of the ingest API. The plaintext key exists only in the answer of `create`;
// every other procedure shows a key by its name and prefix. Inputs are checked here with
// messages from the catalogue, before the service's own (English) checks.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
	createApiKey,
	DEFAULT_RATE_LIMIT_PER_MINUTE,
	listApiKeys,
	renameApiKey,
	revokeApiKey,
	setApiKeyRateLimit
} from '../../contacts/api-keys';
import { router } from '../init';
import { adminProcedure } from './admin-procedure';

const id = z.number().int().positive();
const name = z
	.string()
	.trim()
	.min(1, 'admin.apiKeys.errorName')
	.max(100, 'admin.apiKeys.errorNameLength');
const rateLimitPerMinute = z
	.number({ error: 'admin.apiKeys.errorRate' })
	.int('admin.apiKeys.errorRate')
	.min(1, 'admin.apiKeys.errorRate')
	.max(100_000, 'admin.apiKeys.errorRate');

export const apiKeysRouter = router({
	list: adminProcedure.query(({ ctx }) => listApiKeys(ctx.db.prisma)),
	get: adminProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
		const key = (await listApiKeys(ctx.db.prisma)).find((k) => k.id === input.id);
		if (!key) throw new TRPCError({ code: 'NOT_FOUND', message: 'Not found' });
		return key;
	}),
	/** The answer holds the key itself: show it once, never store or log it. */
	create: adminProcedure
		.input(
			z.object({
				name,
				rateLimitPerMinute: rateLimitPerMinute.default(DEFAULT_RATE_LIMIT_PER_MINUTE)
			})
		)
		.mutation(({ ctx, input }) =>
			createApiKey(ctx.db.prisma, { ...input, createdByUserId: ctx.user.id })
		),
	rename: adminProcedure
		.input(z.object({ id, name }))
		.mutation(({ ctx, input }) => renameApiKey(ctx.db.prisma, input.id, { name: input.name })),
	setRateLimit: adminProcedure
		.input(z.object({ id, rateLimitPerMinute }))
		.mutation(({ ctx, input }) =>
			setApiKeyRateLimit(ctx.db.prisma, input.id, {
				rateLimitPerMinute: input.rateLimitPerMinute
			})
		),
	revoke: adminProcedure
		.input(z.object({ id }))
		.mutation(({ ctx, input }) => revokeApiKey(ctx.db.prisma, input.id))
});

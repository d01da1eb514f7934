// tRPC building blocks: every procedure states who may call it; inputs are zod schemas, and the
// error formatter turns validation failures into a field → message map the UI can show.
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { AccessDenied } from '../auth/scope';
import type { Role } from '../auth/session-user';
import type { Context } from './context';

const t = initTRPC.context<Context>().create({
	errorFormatter({ shape, error }) {
		const cause = error.cause;
		return {
			...shape,
			data: {
				...shape.data,
				fieldErrors:
					cause instanceof ZodError
						? Object.fromEntries(cause.issues.map((i) => [i.path.join('.') || '_', i.message]))
						: null
			}
		};
	}
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Service functions throw AccessDenied; tRPC answers it as FORBIDDEN (403) or NOT_FOUND (404). */
const accessErrors = t.middleware(async ({ next }) => {
	const result = await next();
	if (!result.ok && result.error.cause instanceof AccessDenied) {
		const denied = result.error.cause;
		throw new TRPCError({
			code: denied.status === 403 ? 'FORBIDDEN' : 'NOT_FOUND',
			message: denied.message,
			cause: denied
		});
	}
	return result;
});

export const publicProcedure = t.procedure.use(accessErrors);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
	if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
	return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure only the given roles may call; everyone else gets FORBIDDEN. */
export function roleProcedure(...roles: Role[]) {
	return signedInProcedure.use(({ ctx, next }) => {
		if (!roles.includes(ctx.user.role))
			throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role may not do this' });
		return next({ ctx });
	});
}

// The procedure every admin router builds on: admins only, and a broken domain rule (a taken
// name, a reminder after expiry) becomes BAD_REQUEST with the error as cause, so forms can show
// it next to the field. A missing API key is NOT_FOUND, like any other missing object.
import { TRPCError } from '@trpc/server';
import { UserError } from '../../auth/users';
import { ApiKeyNotFound } from '../../contacts/api-keys';
import { OrganisationError } from '../../organisation';
import { roleProcedure } from '../init';

export const adminProcedure = roleProcedure('admin').use(async ({ next }) => {
	const result = await next();
	if (!result.ok) {
		const cause = result.error.cause;
		if (cause instanceof UserError || cause instanceof OrganisationError)
			throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
		if (cause instanceof ApiKeyNotFound)
			throw new TRPCError({ code: 'NOT_FOUND', message: 'Not found', cause });
	}
	return result;
});

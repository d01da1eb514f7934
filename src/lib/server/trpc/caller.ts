// Page loads and form actions call procedures in-process. tRPC's access errors become SvelteKit
// errors with the same status, so a refused page is a 403/404 page, never a partial one.
import { error, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { createContext } from './context';
import { createCallerFactory } from './init';
import { appRouter } from './root';

const factory = createCallerFactory(appRouter);

export function caller(event: Pick<RequestEvent, 'locals'>) {
	return factory(createContext(event.locals.user, event.locals.locale), {
		onError: ({ error: failure }) => {
			if (failure.code === 'INTERNAL_SERVER_ERROR') console.error(failure);
		}
	});
}

/** Runs a procedure call for a page load; a tRPC refusal becomes the page's status. */
export async function load<T>(call: () => Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (failure) {
		if (failure instanceof TRPCError) {
			const status = getHTTPStatusCodeFromError(failure);
			if (status === 401) error(401, 'Sign in first');
			if (status < 500) error(status, failure.message);
		}
		throw failure;
	}
}

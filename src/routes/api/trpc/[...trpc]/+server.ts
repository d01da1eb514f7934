import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createContext } from '$lib/server/trpc/context';
import { appRouter } from '$lib/server/trpc/root';
import type { RequestHandler } from './$types';

const handler: RequestHandler = (event) =>
	fetchRequestHandler({
		endpoint: '/api/trpc',
		req: event.request,
		router: appRouter,
		createContext: () => createContext(event.locals.user, event.locals.locale),
		onError: ({ error }) => {
			if (error.code === 'INTERNAL_SERVER_ERROR') console.error(error);
		}
	});

export const GET = handler;
export const POST = handler;

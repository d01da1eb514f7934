// The progress of one import as JSON, for the import page's progress bar (polled every second).
import { json } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId } from '../../../../../route-params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const id = numericId(event.params.id);
	const progress = await call(() => caller(event).admin.imports.progress({ id }));
	return json(progress, { headers: { 'Cache-Control': 'no-store' } });
};

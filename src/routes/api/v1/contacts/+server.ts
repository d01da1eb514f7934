// POST /api/v1/contacts: the contact ingest API (shared/INGEST.md).
import { handleIngestRequest, methodNotAllowed } from '$lib/server/contacts/ingest-http';
import { db } from '$lib/server/db';
import { wakeDispatcher } from '$lib/server/jobs';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
	const response = await handleIngestRequest(db(), request);
	// New invitations may be due now (delay 0); without this the minute job picks them up.
	if (response.status === 200) void wakeDispatcher();
	return response;
};

export const fallback: RequestHandler = () => methodNotAllowed();

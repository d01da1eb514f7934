// HTTP around the ingest service: API key, rate limit, body size, JSON. Kept out of the route
// file so integration tests can drive it with plain Request objects against a test database.
import type { Database } from '../db/client';
import { authenticateApiKey } from './api-keys';
import { ingestContacts } from './ingest';
import { consumeRequest } from './rate-limit';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const JSON_HEADERS = {
	'Content-Type': 'application/json; charset=utf-8',
	'Cache-Control': 'no-store'
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
	return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

const problem = (status: number, error: string, headers: Record<string, string> = {}) =>
	jsonResponse(status, { error }, headers);

class BodyTooLarge extends Error {}
class BodyNotText extends Error {}

/**
 * Reads at most `limit` bytes: a client that lies about (or leaves out) Content-Length cannot
 * make the server buffer more than that. Past the limit the rest is read and dropped for a while
 * (up to `limit` more), so a client that streams a slightly too large body still gets the 413
 * instead of a reset connection; an endless body is cut off.
 */
async function readBody(request: Request, limit: number): Promise<string> {
	const declared = request.headers.get('content-length');
	if (declared !== null && Number(declared) > limit) throw new BodyTooLarge();
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > 2 * limit) {
			await reader.cancel().catch(() => undefined);
			throw new BodyTooLarge();
		}
		if (size <= limit) chunks.push(value);
	}
	if (size > limit) throw new BodyTooLarge();
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
	} catch {
		throw new BodyNotText();
	}
}

export async function handleIngestRequest(
	database: Database,
	request: Request,
	now?: Date
): Promise<Response> {
	const key = await authenticateApiKey(database.prisma, request.headers.get('authorization'));
	if (!key)
		return problem(401, 'Send a valid API key: Authorization: Bearer <key>', {
			'WWW-Authenticate': 'Bearer realm="klantstem"'
		});

	const rate = await consumeRequest(database.pool, key, now);
	if (!rate.allowed)
		return problem(
			429,
			`This API key may send ${rate.limit} requests per minute; retry in ${rate.retryAfterSeconds} s`,
			{ 'Retry-After': String(rate.retryAfterSeconds) }
		);

	let body: unknown;
	try {
		const text = await readBody(request, MAX_BODY_BYTES);
		body = JSON.parse(text);
	} catch (error) {
		if (error instanceof BodyTooLarge)
			return problem(
				413,
				`The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send fewer contacts per request`
			);
		if (error instanceof BodyNotText) return problem(400, 'The body is not valid UTF-8 text');
		return problem(400, `The body is not valid JSON: ${(error as Error).message}`);
	}

	try {
		const result = await ingestContacts(database, key.id, body, now);
		return jsonResponse(result.status, result.body);
	} catch (error) {
		// The transaction was rolled back: the source can safely send the same request again.
		console.error('Contact ingest failed:', error);
		return problem(
			500,
			'Something went wrong on our side; nothing was stored. Please retry later.'
		);
	}
}

export function methodNotAllowed(): Response {
	return problem(405, 'Use POST to send contacts', { Allow: 'POST' });
}

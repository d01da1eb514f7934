// POST /api/v1/contacts over HTTP semantics: API keys, rate limit, body limits, JSON answers.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	authenticateApiKey,
	createApiKey,
	listApiKeys,
	renameApiKey,
	revokeApiKey,
	setApiKeyRateLimit
} from '../../src/lib/server/contacts/api-keys';
import { handleIngestRequest, MAX_BODY_BYTES } from '../../src/lib/server/contacts/ingest-http';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { fallback } from '../../src/routes/api/v1/contacts/+server';
import { createTestDatabase, type TestDatabase } from './support/database';
import { contactBody, rowCounts } from './ingest-fixtures';

let database: TestDatabase;
let key: string;

beforeAll(async () => {
	database = await createTestDatabase('ingest_http');
	key = (await createApiKey(database.prisma, { name: 'Helpdesk' })).key;
});

afterAll(async () => {
	await database.drop();
});

function post(
	body: BodyInit | null,
	headers: Record<string, string> = {},
	apiKey: string | null = key
) {
	return new Request('http://localhost/api/v1/contacts', {
		method: 'POST',
		body,
		headers: {
			'Content-Type': 'application/json',
			...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}),
			...headers
		},
		duplex: 'half'
	} as RequestInit);
}

async function expectJson(response: Response, status: number) {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	return response.json();
}

describe('API keys', () => {
	it('a new key is shown once and stored only as its SHA-256', async () => {
		const created = await createApiKey(database.prisma, {
			name: 'Telefonie',
			rateLimitPerMinute: 120
		});
		expect(created.key).toMatch(/^ks_[A-Za-z0-9_-]{43}$/);
		const row = await database.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
		expect(row).toMatchObject({
			name: 'Telefonie',
			rateLimitPerMinute: 120,
			prefix: created.key.slice(0, 10),
			keyHash: createHash('sha256').update(created.key).digest('hex')
		});
		expect(JSON.stringify(row)).not.toContain(created.key);
		expect(await listApiKeys(database.prisma)).not.toContainEqual(
			expect.objectContaining({ keyHash: expect.anything() })
		);
	});

	it('authenticates a Bearer key, and refuses unknown keys and other schemes', async () => {
		await createApiKey(database.prisma, { name: 'Auth 1' });
		const { key: plain } = await createApiKey(database.prisma, { name: 'Auth 2' });
		expect(await authenticateApiKey(database.prisma, `Bearer ${plain}`)).toMatchObject({
			name: 'Auth 2'
		});
		expect(await authenticateApiKey(database.prisma, `bearer ${plain}`)).toMatchObject({
			name: 'Auth 2'
		});
		expect(await authenticateApiKey(database.prisma, `Bearer ${plain}x`)).toBeNull();
		expect(await authenticateApiKey(database.prisma, `Basic ${plain}`)).toBeNull();
		expect(await authenticateApiKey(database.prisma, plain)).toBeNull();
		expect(await authenticateApiKey(database.prisma, null)).toBeNull();
	});

	it('the demo key stored the way demo mode seeds it authenticates', async () => {
		await database.prisma.apiKey.create({
			data: {
				name: 'Demo ingest key',
				prefix: 'ks_demo_',
				keyHash: createHash('sha256').update('ks_demo_ingest_key').digest('hex')
			}
		});
		expect(await authenticateApiKey(database.prisma, 'Bearer ks_demo_ingest_key')).toMatchObject({
			name: 'Demo ingest key'
		});
	});

	it('rename, rate limit and revoke; a revoked key is refused and stays revoked', async () => {
		const created = await createApiKey(database.prisma, { name: 'Old name' });
		expect((await renameApiKey(database.prisma, created.id, { name: ' Webcare ' })).name).toBe(
			'Webcare'
		);
		await expect(renameApiKey(database.prisma, created.id, { name: ' ' })).rejects.toThrow(
			/Give the key a name/
		);
		expect(
			(await setApiKeyRateLimit(database.prisma, created.id, { rateLimitPerMinute: 30 }))
				.rateLimitPerMinute
		).toBe(30);
		const revoked = await revokeApiKey(database.prisma, created.id);
		expect(revoked.revokedAt).toBeInstanceOf(Date);
		expect(await authenticateApiKey(database.prisma, `Bearer ${created.key}`)).toBeNull();
		expect((await revokeApiKey(database.prisma, created.id)).revokedAt).toEqual(revoked.revokedAt);
		const listed = await listApiKeys(database.prisma);
		expect(listed.findIndex((k) => k.id === created.id)).toBeGreaterThan(
			listed.findIndex((k) => !k.revokedAt)
		);
	});
});

describe('POST /api/v1/contacts', () => {
	it('401 without a key, with a wrong key and with a revoked key', async () => {
		const revoked = await createApiKey(database.prisma, { name: 'Gone' });
		await revokeApiKey(database.prisma, revoked.id);
		const before = await rowCounts(database);
		for (const apiKey of [null, 'ks_not_a_key', revoked.key]) {
			const response = await handleIngestRequest(
				database,
				post(JSON.stringify(contactBody()), {}, apiKey)
			);
			expect(await expectJson(response, 401)).toEqual({ error: expect.stringMatching(/API key/) });
			expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
		}
		expect(await rowCounts(database)).toEqual(before);
	});

	it('200 with the results as JSON, and last used recorded on the key', async () => {
		const created = await createApiKey(database.prisma, { name: 'Used' });
		const response = await handleIngestRequest(
			database,
			post(JSON.stringify(contactBody({ externalId: 'H-1' })), {}, created.key)
		);
		expect(await expectJson(response, 200)).toMatchObject({
			results: [
				{ externalId: 'H-1', created: true, survey: { status: 'suppressed', reason: 'no_program' } }
			]
		});
		const row = await database.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
		expect(row.lastUsedAt).toBeInstanceOf(Date);
	});

	it('422 with the errors for an invalid contact', async () => {
		const response = await handleIngestRequest(
			database,
			post(JSON.stringify(contactBody({ channel: 'pigeon' })))
		);
		expect(await expectJson(response, 422)).toEqual({
			errors: [{ index: 0, field: 'channel', message: expect.stringMatching(/one of/) }]
		});
	});

	it('400 for malformed JSON and for more than 1,000 contacts', async () => {
		const malformed = await handleIngestRequest(database, post('{"externalId": "K-1",'));
		expect(await expectJson(malformed, 400)).toEqual({
			error: expect.stringMatching(/not valid JSON/)
		});
		const many = { contacts: Array.from({ length: 1001 }, () => contactBody()) };
		const tooMany = await handleIngestRequest(database, post(JSON.stringify(many)));
		expect(await expectJson(tooMany, 400)).toEqual({
			error: expect.stringMatching(/at most 1000/)
		});
	});

	it('413 when Content-Length announces more than 5 MB', async () => {
		const response = await handleIngestRequest(
			database,
			post(JSON.stringify(contactBody()), { 'Content-Length': String(MAX_BODY_BYTES + 1) })
		);
		expect(await expectJson(response, 413)).toEqual({ error: expect.stringMatching(/5 MB/) });
	});

	it('413 when a body without Content-Length streams past 5 MB, without reading it endlessly', async () => {
		let pulled = 0;
		const chunk = new Uint8Array(64 * 1024).fill(0x20);
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulled += chunk.byteLength;
				controller.enqueue(chunk);
			}
		});
		const response = await handleIngestRequest(database, post(endless));
		expect(response.status).toBe(413);
		expect(pulled).toBeGreaterThan(MAX_BODY_BYTES);
		expect(pulled).toBeLessThan(2 * MAX_BODY_BYTES + 1024 * 1024);
	});

	it('a body of exactly 5 MB is read (and then judged on its content)', async () => {
		const text = JSON.stringify(contactBody({ externalId: 'BIG-1' }));
		const padded = text.slice(0, -1) + ' '.repeat(MAX_BODY_BYTES - text.length) + '}';
		expect(Buffer.byteLength(padded)).toBe(MAX_BODY_BYTES);
		const response = await handleIngestRequest(database, post(padded));
		expect(response.status).toBe(200);
	});

	it("429 with Retry-After over the key's rate, counted across app processes", async () => {
		const limited = await createApiKey(database.prisma, { name: 'Limited', rateLimitPerMinute: 3 });
		// A second pool stands in for a second app process on the same database.
		const other: Database = openDatabase(database.url, 2);
		try {
			const at = new Date('2026-11-24T12:00:15Z');
			const send = (db: Database, when: Date, externalId: string) =>
				handleIngestRequest(
					db,
					post(JSON.stringify(contactBody({ externalId })), {}, limited.key),
					when
				);
			expect((await send(database, at, 'RL-1')).status).toBe(200);
			expect((await send(other, at, 'RL-2')).status).toBe(200);
			expect((await send(database, new Date(at.getTime() + 30_000), 'RL-3')).status).toBe(200);
			const refused = await send(other, new Date(at.getTime() + 40_000), 'RL-4');
			expect(await expectJson(refused, 429)).toEqual({
				error: expect.stringMatching(/3 requests per minute/)
			});
			expect(refused.headers.get('retry-after')).toBe('5');
			expect(await database.prisma.contact.count({ where: { externalId: 'RL-4' } })).toBe(0);

			// The next minute is a new window; the old one is cleared away.
			expect((await send(database, new Date('2026-11-24T12:01:00Z'), 'RL-4')).status).toBe(200);
			const windows = await database.prisma.apiKeyUsage.findMany({
				where: { apiKeyId: limited.id }
			});
			expect(windows).toEqual([
				{ apiKeyId: limited.id, windowStart: new Date('2026-11-24T12:01:00Z'), requests: 1 }
			]);
		} finally {
			await other.close();
		}
	});

	it('other methods: 405 with Allow: POST', async () => {
		const response = await fallback({
			request: new Request('http://localhost/api/v1/contacts')
		} as never);
		expect(await expectJson(response, 405)).toEqual({ error: expect.any(String) });
		expect(response.headers.get('allow')).toBe('POST');
	});
});

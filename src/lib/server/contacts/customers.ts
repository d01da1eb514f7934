// Matching the customer of each contact: by the source's customer id, else by e-mail address,
// else a new customer. A customer id is authoritative: a new id only takes over an e-mail-only
// customer with its address (who then adopts the id), never a customer with another id, because
// two ids with one address (a shared family inbox) are two customers to the source. A contact
// that names only an address goes to the oldest customer with that address.
import type { CustomerInput } from './ingest-schema';
import { lockAll, lockKey, type Sql } from './transaction';

type Details = { email?: string; name?: string; locale?: 'nl' | 'en' };
type Candidate = { id: number; externalId: string | null };

/** A concurrent request changed a customer between our read and our write: start over. */
class CustomerRace extends Error {
	code = '40001';
}

const distinct = <T>(values: (T | undefined)[]): T[] => [
	...new Set(values.filter((v): v is T => v !== undefined))
];

/** The customer id for each input, in input order. */
export async function resolveCustomers(sql: Sql, inputs: CustomerInput[]): Promise<number[]> {
	const byExternalId = await customersByExternalId(sql, distinct(inputs.map((c) => c.externalId)));
	// Creating a customer found by e-mail alone could race with another request doing the same
	// (there is no unique key on e-mail): requests serialise on the address instead.
	const needEmail = inputs.filter((c) => !(c.externalId && byExternalId.has(c.externalId)));
	const emails = distinct(needEmail.map((c) => c.email));
	await lockAll(
		sql,
		emails.map((email) => lockKey('customer-email', email))
	);
	const byEmail = await customersByEmail(sql, emails);

	const adopt = new Map<number, string>();
	const createWithId = new Map<string, Details>();
	for (const input of inputs) {
		const id = input.externalId;
		if (id === undefined || byExternalId.has(id) || createWithId.has(id)) continue;
		const orphan = (byEmail.get(input.email ?? '') ?? []).find(
			(c) => c.externalId === null && !adopt.has(c.id)
		);
		if (orphan) {
			adopt.set(orphan.id, id);
			byExternalId.set(id, orphan.id);
		} else createWithId.set(id, { email: input.email });
	}
	await adoptExternalIds(sql, adopt);
	for (const [externalId, id] of await createCustomersWithId(sql, createWithId))
		byExternalId.set(externalId, id);

	// E-mail-only inputs: the oldest customer with that address, else one created in this batch.
	const emailOwner = new Map<string, number>();
	for (const [email, candidates] of byEmail) emailOwner.set(email, candidates[0].id);
	for (const [externalId, details] of createWithId)
		if (details.email && !emailOwner.has(details.email))
			emailOwner.set(details.email, byExternalId.get(externalId) as number);
	const createWithEmail = distinct(
		inputs
			.filter((c) => c.externalId === undefined && !emailOwner.has(c.email ?? ''))
			.map((c) => c.email)
	).sort();
	if (createWithEmail.length > 0) {
		const { rows } = await sql.query<{ id: number; email: string }>(
			'INSERT INTO customer (email) SELECT unnest($1::text[]) RETURNING id, email',
			[createWithEmail]
		);
		for (const row of rows) emailOwner.set(row.email, row.id);
	}

	const ids = inputs.map((c) =>
		c.externalId !== undefined
			? (byExternalId.get(c.externalId) as number)
			: (emailOwner.get(c.email as string) as number)
	);
	await updateDetails(sql, inputs, ids);
	return ids;
}

async function customersByExternalId(sql: Sql, externalIds: string[]) {
	const found = new Map<string, number>();
	if (externalIds.length === 0) return found;
	const { rows } = await sql.query<{ id: number; external_id: string }>(
		'SELECT id, external_id FROM customer WHERE external_id = ANY($1::text[])',
		[externalIds]
	);
	for (const row of rows) found.set(row.external_id, row.id);
	return found;
}

async function customersByEmail(sql: Sql, emails: string[]) {
	const found = new Map<string, Candidate[]>();
	if (emails.length === 0) return found;
	const { rows } = await sql.query<{ id: number; external_id: string | null; email: string }>(
		'SELECT id, external_id, email FROM customer WHERE email = ANY($1::text[]) ORDER BY id',
		[emails]
	);
	for (const row of rows) {
		const list = found.get(row.email) ?? [];
		list.push({ id: row.id, externalId: row.external_id });
		found.set(row.email, list);
	}
	return found;
}

async function adoptExternalIds(sql: Sql, adopt: Map<number, string>): Promise<void> {
	if (adopt.size === 0) return;
	const entries = [...adopt].sort((a, b) => a[0] - b[0]);
	const { rowCount } = await sql.query(
		`UPDATE customer c SET external_id = v.external_id, updated_at = now()
		   FROM unnest($1::int[], $2::text[]) AS v(id, external_id)
		  WHERE c.id = v.id AND c.external_id IS NULL`,
		[entries.map((e) => e[0]), entries.map((e) => e[1])]
	);
	if (rowCount !== entries.length) throw new CustomerRace('a customer was claimed concurrently');
}

/** Returns external id → customer id, including ones a concurrent request created first. */
async function createCustomersWithId(sql: Sql, create: Map<string, Details>) {
	const created = new Map<string, number>();
	if (create.size === 0) return created;
	const externalIds = [...create.keys()].sort();
	await sql.query(
		`INSERT INTO customer (external_id, email)
		 SELECT * FROM unnest($1::text[], $2::text[])
		 ON CONFLICT (external_id) DO NOTHING`,
		[externalIds, externalIds.map((id) => create.get(id)?.email ?? null)]
	);
	return customersByExternalId(sql, externalIds);
}

/**
 * The source's latest name, address and language for each customer (later contacts in the
 * request win). Fields the source left out are kept; a new customer's language defaults to nl.
 */
async function updateDetails(sql: Sql, inputs: CustomerInput[], ids: number[]): Promise<void> {
	const details = new Map<number, Details>();
	inputs.forEach((input, index) => {
		const known = details.get(ids[index]) ?? {};
		details.set(ids[index], {
			email: input.email ?? known.email,
			name: input.name ?? known.name,
			locale: input.locale ?? known.locale
		});
	});
	const customerIds = [...details.keys()].sort((a, b) => a - b);
	const column = (field: keyof Details) =>
		customerIds.map((id) => details.get(id)?.[field] ?? null);
	await sql.query(
		`UPDATE customer c
		    SET email = coalesce(v.email, c.email), name = coalesce(v.name, c.name),
		        locale = coalesce(v.locale::locale, c.locale), updated_at = now()
		   FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS v(id, email, name, locale)
		  WHERE c.id = v.id
		    AND (c.email, c.name, c.locale) IS DISTINCT FROM
		        (coalesce(v.email, c.email), coalesce(v.name, c.name), coalesce(v.locale::locale, c.locale))`,
		[customerIds, column('email'), column('name'), column('locale')]
	);
}

// Shared by the ingest, linking and eligibility tests: contact bodies as a source would send
// them, and the row counts that must not change when a request is refused.
import type { TestDatabase } from './support/database';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type ContactBody = Record<string, unknown>;

let serial = 0;

/** A valid contact; override any field. Ids are unique per call unless given. */
export function contactBody(overrides: ContactBody = {}): ContactBody {
	serial += 1;
	return {
		externalId: `K-${serial}`,
		channel: 'phone',
		endedAt: '2026-11-24T10:00:00+01:00',
		agent: { externalId: 'A-1', name: 'Sanne de Vries', team: 'Team Noord' },
		customer: { externalId: 'C-1', email: 'klant@example.nl', locale: 'nl' },
		...overrides
	};
}

const COUNTED = [
	'contact',
	'invitation',
	'customer',
	'agent',
	'team',
	'contact_reason',
	'department',
	'contact_transfer'
] as const;

export async function rowCounts(database: TestDatabase): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const table of COUNTED) {
		const { rows } = await database.pool.query<{ n: number }>(
			`SELECT count(*)::int AS n FROM ${table}`
		);
		counts[table] = rows[0].n;
	}
	return counts;
}

/** A program that surveys every contact right away, unless a test overrides its rules. */
export async function createProgram(
	database: TestDatabase,
	overrides: Record<string, unknown> = {}
): Promise<number> {
	const program = await database.prisma.surveyProgram.create({
		data: {
			name: `Program ${++serial}`,
			delayMinutes: 30,
			samplingPercent: 100,
			fatigueDays: 30,
			maxContactAgeHours: 72,
			expiryDays: 14,
			reminderAfterDays: 3,
			...overrides
		}
	});
	return program.id;
}

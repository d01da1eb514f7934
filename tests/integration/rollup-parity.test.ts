// Parity: for random filters over demo data, every dashboard figure read from the rollups equals
// the figure the pure functions of lib/stats compute from the raw answers, contacts and
// invitations selected with the same filter (rollup-raw-figures.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed';
import { TEAMS } from '../../src/lib/server/demo/people';
import { createRandom, type Random } from '../../src/lib/server/demo/random';
import { REASONS } from '../../src/lib/server/demo/taxonomy';
import { breakdown, compare, summary } from '../../src/lib/server/metrics/dashboard';
import {
	amsterdamDay,
	previousPeriod,
	shiftDay,
	type ScopedFilter
} from '../../src/lib/server/metrics/dashboard-filter';
import type { Dimension } from '../../src/lib/server/metrics/rollup-sql';
import { firstResponse } from '../../src/lib/server/metrics/first-response';
import { trend, type TrendSplit } from '../../src/lib/server/metrics/trend';
import { proportion } from '../../src/lib/stats';
import { differences, rawFigures, rawTrend } from './rollup-raw-figures';
import { createTestDatabase, type TestDatabase } from './support/database';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const TODAY = amsterdamDay(NOW);
const CONTACTS = 10_000;
const FILTERS = 25;

// The demo writes these ids (checked in beforeAll); the filters are made before the data exists.
const ids = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const teams = ids(TEAMS.length);
const reasons = ids(REASONS.length);
const agents = ids(TEAMS.length * 10);

let database: TestDatabase;

beforeAll(async () => {
	database = await createTestDatabase('rollup_parity');
	await seedDemoData(database.pool, { contacts: CONTACTS, seed: 11, now: NOW });
	const stored = async (table: string) =>
		(await database.pool.query<{ id: number }>(`SELECT id FROM ${table} ORDER BY id`)).rows.map(
			(row) => row.id
		);
	expect(await stored('team')).toEqual(teams);
	expect(await stored('contact_reason')).toEqual(reasons);
	expect(await stored('agent')).toEqual(agents);
}, 180_000);

afterAll(async () => {
	await database?.drop();
});

function subset<T>(random: Random, items: readonly T[], max: number): T[] {
	const count = 1 + random.int(max);
	return [...new Set(Array.from({ length: count }, () => random.pick(items)))];
}

/** A random filter: periods of a day to over a year, anywhere in the data's year and beyond. */
function randomFilter(random: Random): ScopedFilter {
	const length = random.pick([1, 7, 8, 30, 31, 90, 365, 1 + random.int(400)]);
	const to = shiftDay(TODAY, 3 - random.int(380));
	const filter: ScopedFilter = {
		from: shiftDay(to, 1 - length),
		to,
		scope: { teams: null, agent: null }
	};
	if (random.chance(0.4))
		filter.channels = subset(random, ['phone', 'email', 'chat', 'social', 'in_person'], 3);
	if (random.chance(0.3)) filter.teamIds = subset(random, teams, 2);
	if (random.chance(0.25)) filter.reasonIds = subset(random, reasons, 5);
	if (random.chance(0.25))
		filter.valueClasses = subset(random, ['valuable', 'hygiene', 'unnecessary'], 2);
	if (random.chance(0.25)) filter.locales = [random.pick(['nl', 'en'] as const)];
	if (random.chance(0.15)) filter.agentId = random.pick(agents);
	const scope = random.next();
	if (scope < 0.2) filter.scope = { teams: subset(random, teams, 2), agent: null };
	else if (scope < 0.3) filter.scope = { teams: null, agent: random.pick(agents) };
	return filter;
}

const random = createRandom(2026, 7);
const filters = Array.from({ length: FILTERS }, () => randomFilter(random));
// Always include the whole demo year and a period around the end of the FCR window (now − 7 days),
// whose day is read partly from the rollup and partly from the contacts.
filters.unshift(
	{ from: shiftDay(TODAY, -370), to: TODAY, scope: { teams: null, agent: null } },
	{ from: shiftDay(TODAY, -10), to: shiftDay(TODAY, -5), scope: { teams: null, agent: null } }
);

describe('rollup figures equal the pure functions on the raw rows', () => {
	it.each(filters.map((filter, i) => [i, filter] as const))(
		'summary and comparison, filter %i',
		async (_, filter) => {
			const label = JSON.stringify(filter);
			const rolled = await summary(database.pool, filter, { now: NOW });
			const raw = (await rawFigures(database.pool, filter, NOW)).get(null)!;
			expect(differences(rolled.figures, raw), label).toEqual([]);

			const comparison = await compare(database.pool, filter, { now: NOW });
			const previous = { ...filter, ...previousPeriod(filter) };
			const rawPrevious = (await rawFigures(database.pool, previous, NOW)).get(null)!;
			expect(differences(comparison.current.figures, raw), label).toEqual([]);
			expect(differences(comparison.previous.figures, rawPrevious), label).toEqual([]);
		}
	);

	it('the whole year has data in every figure, so the parity above is not about empty sets', async () => {
		const year = await summary(database.pool, filters[0], { now: NOW });
		const { figures } = year;
		expect(figures.contacts).toBe(CONTACTS);
		for (const n of [
			figures.nps.n,
			figures.csat.n,
			figures.ces.n,
			figures.fcrCustomer.n,
			figures.fcrComputed.n,
			figures.responseRate.n,
			figures.firstResponseWithinHour.n
		])
			expect(n).toBeGreaterThan(100);
		expect(figures.channelSwitchRate.k).toBeGreaterThan(0);
		expect(figures.unnecessaryShare.k).toBeGreaterThan(0);
	});

	const dimensions: Dimension[] = ['channel', 'team', 'reason', 'valueClass', 'agent', 'locale'];
	it.each(dimensions.map((by, i) => [by, filters[(i * 3) % filters.length]] as const))(
		'breakdown by %s',
		async (by, filter) => {
			const rolled = await breakdown(database.pool, filter, by, { now: NOW });
			const raw = await rawFigures(database.pool, filter, NOW, by);
			expect(rolled.rows.map((row) => row.key).sort()).toEqual([...raw.keys()].sort());
			for (const row of rolled.rows)
				expect(differences(row.figures, raw.get(row.key)), `${by}=${row.key}`).toEqual([]);
		}
	);

	const splits: (TrendSplit | null)[] = [null, 'channel', 'team', 'reason', 'valueClass'];
	it.each(
		splits.flatMap((splitBy, i) =>
			(['week', 'month'] as const).map((bucket) => [bucket, splitBy, filters[i * 2]] as const)
		)
	)('trend by %s split by %s', async (bucket, splitBy, filter) => {
		const rolled = await trend(database.pool, filter, { bucket, splitBy: splitBy ?? undefined });
		const raw = await rawTrend(database.pool, filter, bucket, splitBy);
		let points = 0;
		for (const series of rolled.series)
			for (const point of series.points) {
				const expected = raw.get(`${series.key}|${point.start}`);
				if (!expected) {
					expect(point.nps.n + point.csat.n, `${series.key} ${point.start}`).toBe(0);
					continue;
				}
				if (expected.nps.n + expected.csat.n > 0) points += 1;
				expect(differences({ nps: point.nps, csat: point.csat }, expected)).toEqual([]);
			}
		// Every raw bucket with NPS or CSAT answers shows up in the trend.
		const answered = [...raw.values()].filter((r) => r.nps.n + r.csat.n > 0);
		expect(points).toBe(answered.length);
		expect(points).toBeGreaterThan(0);
	});

	it.each(filters.slice(0, 8).map((filter, i) => [i, filter] as const))(
		'first-response median and 90th percentile, filter %i',
		async (_, filter) => {
			const { rows } = await database.pool.query<{
				channel: string;
				week: string;
				seconds: number;
			}>(
				`SELECT c.channel::text AS channel, c.first_response_seconds AS seconds,
				        to_char(date_trunc('week', (c.ended_at AT TIME ZONE 'Europe/Amsterdam')::date::timestamp), 'YYYY-MM-DD') AS week
				   FROM contact c JOIN customer cu ON cu.id = c.customer_id
				   LEFT JOIN contact_reason cr ON cr.id = c.reason_id
				  WHERE c.first_response_seconds IS NOT NULL
				    AND (c.ended_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1::date AND $2::date
				    AND ($3::text[] IS NULL OR c.channel::text = ANY($3))
				    AND ($4::int[] IS NULL OR c.team_id = ANY($4)) AND ($5::int[] IS NULL OR c.reason_id = ANY($5))
				    AND ($6::text[] IS NULL OR cr.value_class::text = ANY($6))
				    AND ($7::text[] IS NULL OR cu.locale::text = ANY($7)) AND ($8::int IS NULL OR c.agent_id = $8)
				    AND ($9::int[] IS NULL OR c.team_id = ANY($9)) AND ($10::int IS NULL OR c.agent_id = $10)`,
				[
					filter.from,
					filter.to,
					filter.channels?.length ? filter.channels : null,
					filter.teamIds?.length ? filter.teamIds : null,
					filter.reasonIds?.length ? filter.reasonIds : null,
					filter.valueClasses?.length ? filter.valueClasses : null,
					filter.locales?.length ? filter.locales : null,
					filter.agentId ?? null,
					filter.scope.teams,
					filter.scope.agent
				]
			);
			const expected = (groupOf: (row: (typeof rows)[number]) => string) => {
				const groups = new Map<string, number[]>();
				for (const row of rows)
					groups.set(groupOf(row), [...(groups.get(groupOf(row)) ?? []), row.seconds]);
				return [...groups.keys()].sort().map((group) => {
					const sorted = groups.get(group)!.sort((a, b) => a - b);
					const [channel, start] = group.split('|');
					return {
						channel,
						...(start ? { start } : {}),
						n: sorted.length,
						medianSeconds: percentile(sorted, 0.5),
						p90Seconds: percentile(sorted, 0.9),
						withinHour: proportion(sorted.filter((s) => s <= 3600).length, sorted.length)
					};
				});
			};
			const label = JSON.stringify(filter);
			const whole = await firstResponse(database.pool, filter);
			expect(
				differences(
					whole,
					expected((row) => row.channel)
				),
				label
			).toEqual([]);
			const weekly = await firstResponse(database.pool, filter, { bucket: 'week' });
			expect(
				differences(
					weekly,
					expected((row) => `${row.channel}|${row.week}`)
				),
				label
			).toEqual([]);
		}
	);
});

/** percentile_cont: linear interpolation between the order statistics around (n − 1)·p. */
function percentile(sorted: number[], p: number): number {
	const position = (sorted.length - 1) * p;
	const below = Math.floor(position);
	const above = Math.ceil(position);
	return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

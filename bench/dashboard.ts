// Dashboard query benchmark (issue 4): every dashboard query on the rollups against the same
// figures computed by scanning the raw tables, at a million demo contacts. See bench/README.md.
//   npx tsx bench/dashboard.ts [--contacts 1000000] [--runs 20] [--data-dir DIR] [--port N]
//                              [--seed-with-triggers]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { breakdown, compare, summary } from '../src/lib/server/metrics/dashboard';
import {
	amsterdamDay,
	lastDaysPeriod,
	previousPeriod,
	type ScopedFilter
} from '../src/lib/server/metrics/dashboard-filter';
import { firstResponse } from '../src/lib/server/metrics/first-response';
import { trend, type Trend } from '../src/lib/server/metrics/trend';
import { openBenchDatabase } from './bench-database';
import { rawBreakdown, rawCompare, rawFirstResponse, rawSummary, rawTrend } from './raw-dashboard';
import { sameFigures } from './same-figures';
import { timeRuns, type Timing } from './timing';

const { values: args } = parseArgs({
	options: {
		contacts: { type: 'string', default: '1000000' },
		runs: { type: 'string', default: '20' },
		'data-dir': { type: 'string', default: '/tmp/klantstem-bench' },
		port: { type: 'string', default: '55471' },
		'seed-with-triggers': { type: 'boolean', default: false }
	}
});
const contacts = Number(args.contacts);
const runs = Number(args.runs);
const log = (message: string) => console.log(`[bench] ${message}`);

type Row = {
	scenario: string;
	query: string;
	rollup: Timing;
	raw: Timing;
	ratio: number;
	sameFigures: boolean;
};

async function main(): Promise<void> {
	const database = await openBenchDatabase({
		dataDir: path.resolve(args['data-dir']),
		port: Number(args.port),
		contacts,
		seedWithTriggers: args['seed-with-triggers'],
		log
	});
	const { pool, now } = database;
	// Ctrl-C must not leave the embedded PostgreSQL running.
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.once(signal, () => {
			log(`${signal}: stopping PostgreSQL`);
			void database.stop().finally(() => process.exit(130));
		});
	try {
		const { rows } = await pool.query<{ team_id: number; rollup_rows: number }>(
			`SELECT (SELECT team_id FROM agent WHERE external_id = 'AG-1001') AS team_id,
			        (SELECT count(*)::int FROM metrics_rollup) AS rollup_rows`
		);
		const team = rows[0].team_id;
		const organisation = { teams: null, agent: null };
		const year = lastDaysPeriod(365, now);
		const month = lastDaysPeriod(30, now);
		const scenarios: [string, ScopedFilter][] = [
			['organisation, 12 months', { ...year, scope: organisation }],
			[
				'organisation, 12 months, e-mail+chat, hygiene, Dutch',
				{
					...year,
					channels: ['email', 'chat'],
					valueClasses: ['hygiene'],
					locales: ['nl'],
					scope: organisation
				}
			],
			['team lead, own team, 30 days', { ...month, scope: { teams: [team], agent: null } }],
			[
				'team lead, own team, 30 days, phone+chat, 3 reasons',
				{
					...month,
					channels: ['phone', 'chat'],
					reasonIds: [1, 10, 19],
					scope: { teams: [team], agent: null }
				}
			],
			['one agent, 90 days', { ...lastDaysPeriod(90, now), agentId: 1, scope: organisation }]
		];
		log(
			`now = ${now.toISOString()} (${amsterdamDay(now)}), ${rows[0].rollup_rows} rollup rows; ${runs} runs per query`
		);
		const results: Row[] = [];
		for (const [scenario, filter] of scenarios) {
			const previous = { ...filter, ...previousPeriod(filter) };
			const queries: Query[] = [
				query(
					'summary',
					() => summary(pool, filter, { now }),
					() => rawSummary(pool, filter, now),
					(a, b) => sameFigures(a.figures, b)
				),
				query(
					'compare',
					() => compare(pool, filter, { now }),
					() => rawCompare(pool, filter, previous, now),
					(a, b) =>
						sameFigures(a.current.figures, b.current) && sameFigures(a.previous.figures, b.previous)
				),
				query(
					'trend, week × channel',
					() => trend(pool, filter, { bucket: 'week', splitBy: 'channel' }),
					() => rawTrend(pool, filter, 'week', 'channel'),
					sameTrend
				),
				query(
					'breakdown by reason',
					() => breakdown(pool, filter, 'reason', { now }),
					() => rawBreakdown(pool, filter, 'reason', now),
					(a, b) =>
						a.rows.length === b.size &&
						a.rows.every((row) => sameFigures(row.figures, b.get(row.key)))
				),
				query(
					'first response (median, p90)',
					() => firstResponse(pool, filter),
					() => rawFirstResponse(pool, filter),
					sameFigures
				)
			];
			for (const { name, rolled, raw, same } of queries) {
				const rollup = await timeRuns(rolled, runs);
				const baseline = await timeRuns(raw, runs, 60_000);
				const row = {
					scenario,
					query: name,
					rollup: rollup.timing,
					raw: baseline.timing,
					ratio: baseline.timing.median / rollup.timing.median,
					sameFigures: same(rollup.result, baseline.result)
				};
				results.push(row);
				log(
					`${scenario} | ${name}: rollup ${fmt(row.rollup)}, raw ${fmt(row.raw)}, ${row.ratio.toFixed(1)}× ${row.sameFigures ? '' : ' FIGURES DIFFER'}`
				);
			}
		}
		write(results, { now, rollupRows: rows[0].rollup_rows, seeding: database.seeding });
	} finally {
		await database.stop();
	}
}

type Query = {
	name: string;
	rolled: () => Promise<unknown>;
	raw: () => Promise<unknown>;
	same: (rolled: unknown, raw: unknown) => boolean;
};

/** Pairs a rollup query with its raw baseline and the check that both give the same figures. */
function query<R, B>(
	name: string,
	rolled: () => Promise<R>,
	raw: () => Promise<B>,
	same: (rolled: R, raw: B) => boolean
): Query {
	return { name, rolled, raw, same: (a, b) => same(a as R, b as B) };
}

type RawTrendRow = Awaited<ReturnType<typeof rawTrend>>[number];

/** Rollup trend points equal the raw per-bucket counts. */
function sameTrend(trendResult: Trend, raw: RawTrendRow[]): boolean {
	const expected = new Map(raw.map((r) => [`${r.key}|${r.bucket}`, r]));
	let matched = 0;
	for (const series of trendResult.series)
		for (const point of series.points) {
			const r = expected.get(`${series.key}|${point.start}`);
			if (!r) {
				if (point.nps.n + point.csat.n > 0) return false;
				continue;
			}
			matched += 1;
			const counts = [
				point.csat.n,
				point.csat.satisfied,
				point.nps.promoters,
				point.nps.passives,
				point.nps.detractors
			];
			if (counts.join() !== [r.csat_n, r.csat_good, r.promoters, r.passives, r.detractors].join())
				return false;
		}
	return (
		matched === raw.filter((r) => r.csat_n + r.promoters + r.passives + r.detractors > 0).length
	);
}

const fmt = (t: Timing) => `${t.median.toFixed(1)} ms (p95 ${t.p95.toFixed(1)})`;

function write(results: Row[], context: Record<string, unknown>): void {
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const dir = path.resolve('bench/results');
	fs.mkdirSync(dir, { recursive: true });
	const machine = { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version };
	const json = { contacts, runs, ...context, machine, results };
	fs.writeFileSync(path.join(dir, `dashboard-${stamp}.json`), JSON.stringify(json, null, '\t'));
	const lines = [
		`# Dashboard benchmark, ${contacts.toLocaleString('en')} contacts`,
		'',
		`${new Date().toISOString()} · ${machine.cpus} cores · load average ${machine.loadAverage.map((l) => l.toFixed(2)).join(' ')} · ${runs} runs per query`,
		'',
		'| scenario | query | rollup median | rollup p95 | raw median | raw p95 | raw ÷ rollup | same figures |',
		'|---|---|---:|---:|---:|---:|---:|:---:|',
		...results.map(
			(r) =>
				`| ${r.scenario} | ${r.query} | ${r.rollup.median.toFixed(1)} ms | ${r.rollup.p95.toFixed(1)} ms | ${r.raw.median.toFixed(1)} ms | ${r.raw.p95.toFixed(1)} ms | ${r.ratio.toFixed(1)}× | ${r.sameFigures ? 'yes' : 'NO'} |`
		)
	];
	const file = path.join(dir, `dashboard-${stamp}.md`);
	fs.writeFileSync(file, lines.join('\n') + '\n');
	console.log('\n' + lines.join('\n'));
	log(`Written to ${file}`);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

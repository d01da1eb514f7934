// The dashboard queries apply the user's scope on top of any filter: a team lead's figures come
// only from the teams they lead, whatever the filter asks for, and an agent sees only their own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed';
import { breakdown, summary } from '../../src/lib/server/metrics/dashboard';
import {
	shiftDay,
	amsterdamDay,
	type ScopedFilter
} from '../../src/lib/server/metrics/dashboard-filter';
import { scopeParams } from '../../src/lib/server/metrics/scope-sql';
import { trend } from '../../src/lib/server/metrics/trend';
import { createTestDatabase, type TestDatabase } from './support/database';

const NOW = new Date('2026-11-20T09:00:00.000Z');
const PERIOD = { from: shiftDay(amsterdamDay(NOW), -89), to: amsterdamDay(NOW) };

let database: TestDatabase;
let leadTeam: number;
let demoAgent: number;

beforeAll(async () => {
	database = await createTestDatabase('metrics_scope');
	const demo = await seedDemoData(database.pool, { contacts: 3_000, seed: 3, now: NOW });
	leadTeam = demo.leadTeamId;
	demoAgent = demo.demoAgentId;
}, 120_000);

afterAll(async () => {
	await database?.drop();
});

const lead = () =>
	scopeParams({
		id: 'lead',
		name: 'Lead',
		email: 'lead@example.com',
		role: 'team_lead',
		locale: 'nl',
		agentId: null,
		teamIds: [leadTeam]
	});

describe('dashboard scope', () => {
	it("gives a team lead their own teams' figures", async () => {
		const scoped = await summary(database.pool, { ...PERIOD, scope: lead() }, { now: NOW });
		const byFilter = await summary(
			database.pool,
			{ ...PERIOD, teamIds: [leadTeam], scope: { teams: null, agent: null } },
			{ now: NOW }
		);
		const organisation = await summary(
			database.pool,
			{ ...PERIOD, scope: { teams: null, agent: null } },
			{ now: NOW }
		);
		expect(scoped.figures).toEqual(byFilter.figures);
		expect(scoped.figures.contacts).toBeGreaterThan(0);
		expect(scoped.figures.contacts).toBeLessThan(organisation.figures.contacts);
	});

	it('shows a team lead nothing of another team, even when the filter asks for it', async () => {
		const other = leadTeam === 1 ? 2 : 1;
		const filter: ScopedFilter = { ...PERIOD, teamIds: [other], scope: lead() };
		const figures = (await summary(database.pool, filter, { now: NOW })).figures;
		expect(figures.contacts).toBe(0);
		expect(figures.nps.n).toBe(0);
		const teams = await breakdown(database.pool, { ...PERIOD, scope: lead() }, 'team', {
			now: NOW
		});
		expect(teams.rows.map((row) => row.key)).toEqual([String(leadTeam)]);
		const series = await trend(
			database.pool,
			{ ...PERIOD, scope: lead() },
			{
				bucket: 'month',
				splitBy: 'team'
			}
		);
		expect(series.series.map((s) => s.key)).toEqual([String(leadTeam)]);
	});

	it("limits an agent's scope to their own contacts and answers", async () => {
		const scope = { teams: null, agent: demoAgent };
		const agents = await breakdown(database.pool, { ...PERIOD, scope }, 'agent', { now: NOW });
		expect(agents.rows.map((row) => row.key)).toEqual([String(demoAgent)]);
		expect(agents.rows[0].label?.nl).toBeTruthy();
		const other = await summary(
			database.pool,
			{ ...PERIOD, agentId: demoAgent + 1, scope },
			{ now: NOW }
		);
		expect(other.figures.contacts).toBe(0);
	});
});

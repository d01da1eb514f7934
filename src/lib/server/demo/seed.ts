// Entry point for demo mode: generates the demo organisation, a year of contacts and the survey
// answers, and writes them into an empty database. User accounts and API keys are not made
// here: the auth module creates them and uses leadTeamId / demoAgentId to attach the demo team
// lead and the demo agent.
import type pg from 'pg';
import { generateDemoData } from './generate';
import { PLANTED_AGENTS } from './organisation';
import { TEAMS } from './people';
import { ARTICLES, DEPARTMENTS, REASONS } from './taxonomy';
import { writeDemoData } from './write';

export { DemoSeedRefusedError } from './write';

export const DEFAULT_DEMO_SEED = 42;
export const DEFAULT_DEMO_CONTACTS = 50_000;
/** Beyond this the typed arrays and the transaction get unreasonably large. */
export const MAX_DEMO_CONTACTS = 5_000_000;

export type DemoSeedOptions = {
	seed?: number;
	contacts?: number;
	/** The generated year ends here; defaults to the current time. */
	now?: Date;
	/** Rows written so far of all rows to write. */
	onProgress?: (done: number, total: number) => void;
};

export type DemoSummary = {
	seed: number;
	now: Date;
	/** The team the demo team lead (lead@example.com) leads. */
	leadTeamId: number;
	leadTeamName: string;
	/** An agent in the lead team with plenty of answers, for agent@example.com. */
	demoAgentId: number;
	demoAgentName: string;
	demoAgentExternalId: string;
	counts: {
		departments: number;
		teams: number;
		agents: number;
		reasons: number;
		knowledgeArticles: number;
		customers: number;
		contacts: number;
		invitations: number;
		responses: number;
	};
};

function checkOptions(seed: number, contacts: number, now: Date): void {
	if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
		throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
	if (!Number.isInteger(contacts) || contacts < 0 || contacts > MAX_DEMO_CONTACTS)
		throw new RangeError(
			`contacts must be a whole number from 0 to ${MAX_DEMO_CONTACTS}, got ${contacts}`
		);
	if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');
}

/**
 * Seeds demo data into an empty database in one transaction. Throws DemoSeedRefusedError (and
 * writes nothing) when the database already holds contacts, customers, agents or other rows of
 * the tables it fills.
 */
export async function seedDemoData(
	pool: pg.Pool,
	options: DemoSeedOptions = {}
): Promise<DemoSummary> {
	const seed = options.seed ?? DEFAULT_DEMO_SEED;
	const contacts = options.contacts ?? DEFAULT_DEMO_CONTACTS;
	// Whole milliseconds, as the database stores them.
	const now = new Date(Math.floor((options.now ?? new Date()).getTime()));
	checkOptions(seed, contacts, now);
	const data = generateDemoData({ seed, contacts, now: now.getTime() });
	await writeDemoData(pool, data, options.onProgress);
	const demoAgent = data.agents[PLANTED_AGENTS.demoAgent];
	return {
		seed,
		now,
		leadTeamId: demoAgent.team + 1,
		leadTeamName: TEAMS[demoAgent.team].name,
		demoAgentId: PLANTED_AGENTS.demoAgent + 1,
		demoAgentName: demoAgent.name,
		demoAgentExternalId: demoAgent.externalId,
		counts: {
			departments: DEPARTMENTS.length,
			teams: TEAMS.length,
			agents: data.agents.length,
			reasons: REASONS.length,
			knowledgeArticles: ARTICLES.length,
			customers: data.customers.count,
			contacts: data.contacts.count,
			invitations: data.contacts.count,
			responses: data.responses.count
		}
	};
}

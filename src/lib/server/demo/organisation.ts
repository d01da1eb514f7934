// Agents and customers of the demo. Agents carry a hidden skill that drives their survey scores
// and how often their contacts come back; customers are kept as columns of typed arrays so a
// million-contact benchmark does not need hundreds of thousands of objects.
import { agentNames, firstName, mailPart, TEAMS } from './people';
import { createRandom } from './random';

export const DAY = 24 * 60 * 60 * 1000;
export const AGENTS_PER_TEAM = 10;

export type DemoAgent = {
	externalId: string;
	name: string;
	firstName: string;
	email: string;
	team: number;
	/** Latent effect on satisfaction; 0 is typical, ±0.7 is a clearly better or weaker agent. */
	skill: number;
	/** Relative share of the team's contacts (part-timers handle fewer). */
	workload: number;
	startedAt: number;
	/** Set for agents who left; they are inactive and handle no contacts after this moment. */
	leftAt: number | null;
};

/** Agents whose performance is planted on purpose (global index, see generate.ts). */
export const PLANTED_AGENTS = {
	demoAgent: 0,
	starNoord: 1,
	weakNoord: 4,
	newNoord: 9,
	weakZuid: 13,
	newZuid: 19,
	leftWebcare: 27,
	starTechniek: 41,
	leftTechniek: 45
} as const;

export function createAgents(seed: number, now: number): DemoAgent[] {
	const random = createRandom(seed, 0xa9e7);
	const names = agentNames(seed, TEAMS.length * AGENTS_PER_TEAM);
	return names
		.map((name, index) => {
			const skill = Math.max(-0.45, Math.min(0.45, random.normal() * 0.2));
			const workload = random.chance(0.3) ? 0.5 + random.next() * 0.3 : 1;
			const startedAt = Math.floor(now - (420 + random.next() * 2500) * DAY);
			const agent: DemoAgent = {
				externalId: `AG-${1001 + index}`,
				name,
				firstName: firstName(name),
				email: `${mailPart(firstName(name))}.${mailPart(name.slice(name.indexOf(' ') + 1))}@klantenservice.example.nl`,
				team: Math.floor(index / AGENTS_PER_TEAM),
				skill,
				workload,
				startedAt,
				leftAt: null
			};
			return agent;
		})
		.map((agent, index) => plant(agent, index, now));
}

function plant(agent: DemoAgent, index: number, now: number): DemoAgent {
	const at = (days: number) => Math.floor(now - days * DAY);
	switch (index) {
		case PLANTED_AGENTS.demoAgent:
			return { ...agent, skill: 0.05, workload: 1 };
		case PLANTED_AGENTS.starNoord:
			return { ...agent, skill: 0.75, workload: 1 };
		case PLANTED_AGENTS.weakNoord:
			return { ...agent, skill: -0.8, workload: 1 };
		case PLANTED_AGENTS.weakZuid:
			return { ...agent, skill: -0.6, workload: 1 };
		case PLANTED_AGENTS.starTechniek:
			return { ...agent, skill: 0.6 };
		case PLANTED_AGENTS.newNoord:
			return { ...agent, skill: -0.2, workload: 0.6, startedAt: at(28) };
		case PLANTED_AGENTS.newZuid:
			return { ...agent, skill: -0.2, workload: 0.6, startedAt: at(18) };
		case PLANTED_AGENTS.leftWebcare:
			return { ...agent, leftAt: at(120) };
		case PLANTED_AGENTS.leftTechniek:
			return { ...agent, leftAt: at(210) };
		default:
			return agent;
	}
}

export type CustomerTable = {
	count: number;
	/** 0 = nl, 1 = en. */
	locale: Uint8Array;
	hasEmail: Uint8Array;
	/** Epoch ms; 0 = not opted out. */
	optedOutAt: Float64Array;
	createdAt: Float64Array;
	/** A tenth of the customers contacts us far more often than the rest. */
	frequentCount: number;
	/** Every customer gets at least one issue: issue k < count belongs to customer firstIssue[k]. */
	firstIssue: Int32Array;
};

export function createCustomers(
	seed: number,
	count: number,
	start: number,
	now: number
): CustomerTable {
	const random = createRandom(seed, 0xc0c0);
	const locale = new Uint8Array(count);
	const hasEmail = new Uint8Array(count);
	const optedOutAt = new Float64Array(count);
	const createdAt = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		locale[i] = random.chance(0.2) ? 1 : 0;
		hasEmail[i] = random.chance(0.92) ? 1 : 0;
		if (random.chance(0.03)) optedOutAt[i] = Math.floor(start + random.next() * (now - start));
		createdAt[i] = Math.floor(start - random.next() * 6 * 365 * DAY);
	}
	const firstIssue = new Int32Array(count);
	for (let i = 0; i < count; i++) firstIssue[i] = i;
	for (let i = count - 1; i > 0; i--) {
		const j = random.int(i + 1);
		const swap = firstIssue[i];
		firstIssue[i] = firstIssue[j];
		firstIssue[j] = swap;
	}
	return {
		count,
		locale,
		hasEmail,
		optedOutAt,
		createdAt,
		frequentCount: Math.max(1, Math.floor(count / 10)),
		firstIssue
	};
}

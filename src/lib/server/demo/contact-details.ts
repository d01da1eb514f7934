// The attributes of one demo contact besides its time: who handled it, how the customer felt,
// whether the knowledge base helped, and how long it took. Each rule encodes a planted pattern
// or a plain fact of contact-centre life (see generate.ts).
import { DAY, type DemoAgent } from './organisation';
import { TEAMS } from './people';
import { cumulative, pickIndex, type Random } from './random';
import { ARTICLES, CHANNELS, DEPARTMENTS, departmentIndex, REASONS } from './taxonomy';

const CHANNEL = {
	phone: CHANNELS.indexOf('phone'),
	email: CHANNELS.indexOf('email'),
	chat: CHANNELS.indexOf('chat'),
	social: CHANNELS.indexOf('social'),
	inPerson: CHANNELS.indexOf('in_person')
};
export { CHANNEL };

const team = (desk: string) => TEAMS.findIndex((spec) => spec.desk === desk);
const GENERAL = [0, 1];
const WEBCARE = team('webcare');

export type Router = (random: Random, channel: number, reason: number, t: number) => number;

/** Picks the handling agent: channel and specialist desk decide the team, workload the agent. */
export function createRouter(agents: DemoAgent[]): Router {
	const teams = TEAMS.map((_, index) => agents.filter((agent) => agent.team === index));
	const tables = teams.map((members) => cumulative(members.map((agent) => agent.workload)));
	const indexOf = new Map(agents.map((agent, index) => [agent, index]));
	const deskTeam = REASONS.map((reason) => (reason.desk ? team(reason.desk) : -1));
	return (random, channel, reason, t) => {
		const desk = reason >= 0 ? deskTeam[reason] : -1;
		const general = GENERAL[random.int(2)];
		const roll = random.next();
		let chosen = general;
		if (channel === CHANNEL.social) chosen = roll < 0.9 ? WEBCARE : general;
		else if (channel === CHANNEL.chat)
			chosen = roll < 0.6 ? WEBCARE : roll < 0.85 && desk >= 0 ? desk : general;
		else if (channel !== CHANNEL.inPerson && desk >= 0 && roll < 0.5) chosen = desk;
		const members = teams[chosen];
		for (let attempt = 0; attempt < 20; attempt++) {
			const agent = members[pickIndex(random, tables[chosen])];
			if (agent.startedAt <= t && (agent.leftAt === null || t < agent.leftAt))
				return indexOf.get(agent)!;
		}
		// Every team has agents who were there all year; the first one is such an agent.
		return indexOf.get(members.find((agent) => agent.leftAt === null && agent.startedAt <= t)!)!;
	};
}

// Emotion weights: angry, frustrated, worried, neutral, positive.
const EMOTION_BY_CLASS = {
	valuable: [0.05, 0.1, 0.25, 0.45, 0.15],
	hygiene: [0.03, 0.1, 0.07, 0.65, 0.15],
	unnecessary: [0.18, 0.35, 0.15, 0.27, 0.05]
};
const EMOTION_TABLES = REASONS.map((reason) => cumulative(EMOTION_BY_CLASS[reason.valueClass]));
// A customer who has to come back is angrier.
const EMOTION_REPEAT_TABLES = REASONS.map((reason) => {
	const [angry, frustrated, ...rest] = EMOTION_BY_CLASS[reason.valueClass];
	return cumulative([angry * 3, frustrated * 1.8, ...rest]);
});
const EMOTION_UNCLASSIFIED = cumulative(EMOTION_BY_CLASS.hygiene);

/** Emotion index or -1 when the agent did not record one. */
export function pickEmotion(random: Random, reason: number, followUp: boolean): number {
	if (random.chance(0.12)) return -1;
	if (reason < 0) return pickIndex(random, EMOTION_UNCLASSIFIED);
	return pickIndex(random, (followUp ? EMOTION_REPEAT_TABLES : EMOTION_TABLES)[reason]);
}

const CAUSE = REASONS.map((reason) =>
	reason.causeDepartment ? departmentIndex(reason.causeDepartment) : -1
);
const COMPLAINT = REASONS.findIndex((reason) => reason.code === 'complaint');

/** The department whose action caused the contact, or -1. */
export function pickCause(random: Random, reason: number): number {
	if (reason < 0) return -1;
	if (CAUSE[reason] >= 0) return random.chance(0.92) ? CAUSE[reason] : -1;
	if (reason === COMPLAINT && random.chance(0.6)) return random.int(DEPARTMENTS.length);
	return -1;
}

const ARTICLES_BY_REASON = REASONS.map((reason) =>
	ARTICLES.flatMap((article, index) => (article.reasons.includes(reason.code) ? [index] : []))
);

export type KnowledgeUse = { gap: number; article: number };

/** gap: 0 missing, 1 insufficient, -1 none; article: index into ARTICLES or -1. */
export function pickKnowledge(
	random: Random,
	reason: number,
	followUp: boolean,
	english: boolean
): KnowledgeUse {
	if (reason < 0) return { gap: random.chance(0.02) ? 0 : -1, article: -1 };
	const articles = ARTICLES_BY_REASON[reason];
	const rate = Math.min(0.9, REASONS[reason].kbGapRate * (followUp ? 1.5 : 1));
	let gap = -1;
	if (random.chance(rate)) gap = articles.length > 0 && random.chance(0.75) ? 1 : 0;
	let article = -1;
	if (articles.length > 0 && gap !== 0 && random.chance(0.35)) {
		const inLanguage = articles.filter((index) => (ARTICLES[index].locale === 'en') === english);
		article = random.pick(inLanguage.length > 0 ? inLanguage : articles);
	}
	return { gap, article };
}

export type Timing = { durationMs: number; firstResponseSeconds: number };

/**
 * How long the contact took and, for e-mail and social, how long the customer waited for the
 * first answer. Webcare falls behind in the last three months (planted): waits on social grow.
 */
export function pickTiming(random: Random, channel: number, t: number, now: number): Timing {
	const seconds = (value: number) => Math.max(30, Math.round(value));
	if (channel === CHANNEL.email) {
		const wait = Math.min(6 * 86_400, seconds(random.logNormal(4.5 * 3600, 0.9)));
		return {
			durationMs: (wait + seconds(random.logNormal(240, 0.6))) * 1000,
			firstResponseSeconds: wait
		};
	}
	if (channel === CHANNEL.social) {
		const backlog = Math.min(1, Math.max(0, (t - (now - 90 * DAY)) / (60 * DAY)));
		const wait = Math.min(3 * 86_400, seconds(random.logNormal(35 * 60 * (1 + 4 * backlog), 0.8)));
		return {
			durationMs: (wait + seconds(random.logNormal(150, 0.5))) * 1000,
			firstResponseSeconds: wait
		};
	}
	const median = channel === CHANNEL.phone ? 390 : channel === CHANNEL.chat ? 660 : 720;
	return { durationMs: seconds(random.logNormal(median, 0.55)) * 1000, firstResponseSeconds: -1 };
}

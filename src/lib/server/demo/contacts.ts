// Demo contacts as issues: a customer contacts us about a reason, and when the issue is not
// solved they come back (sometimes on another channel). Columns are typed arrays so a million
// contacts fit in tens of megabytes. Rows end up ordered by ended_at, so ids follow time.
import { createCalendar } from './calendar';
import {
	CHANNEL,
	createRouter,
	pickCause,
	pickEmotion,
	pickKnowledge,
	pickTiming
} from './contact-details';
import { DAY, type CustomerTable, type DemoAgent } from './organisation';
import { cumulative, pickIndex, type Random } from './random';
import { CHANNELS, REASONS, reasonIndex } from './taxonomy';

export type ContactTable = {
	count: number;
	/** Epoch ms, unique and ascending: row i is contact id i + 1. */
	endedAt: Float64Array;
	/** started_at = ended_at - durationMs. */
	durationMs: Int32Array;
	/** -1 = not applicable (phone, chat, in person). */
	firstResponseSeconds: Int32Array;
	customer: Int32Array;
	agent: Int16Array;
	team: Int8Array;
	/** Index into REASONS; -1 = the agent gave no reason. */
	reason: Int16Array;
	channel: Uint8Array;
	/** -1 = not recorded, 0 = no, 1 = yes. */
	resolvedByAgent: Int8Array;
	/** Index into ARTICLES or -1. */
	article: Int16Array;
	/** 0 = missing, 1 = insufficient, -1 = none. */
	kbGap: Int8Array;
	/** Index into EMOTIONS or -1. */
	emotion: Int8Array;
	/** Index into DEPARTMENTS or -1. */
	causeDepartment: Int8Array;
	surveyOptOut: Uint8Array;
	/** How long after ended_at the contact reached us; over 72 h makes it too old to survey. */
	ingestLagMs: Int32Array;
	/** Filled by linkRepeatContacts. */
	repeatOf: Int32Array;
	repeated: Uint8Array;
	channelSwitch: Uint8Array;
	updatedAt: Float64Array;
};

const SPIKE_REASON = reasonIndex('invoice_incorrect');

function reasonTables(spike: boolean): Float64Array[] {
	return CHANNELS.map((channel) =>
		cumulative(
			REASONS.map((reason, index) => {
				const fit = reason.preferred.includes(channel)
					? 1.6
					: reason.supporting.includes(channel)
						? 1
						: reason.discouraged.includes(channel)
							? 0.7
							: 0.5;
				return reason.volume * fit * (spike && index === SPIKE_REASON ? 7 : 1);
			})
		)
	);
}

/** Channel mix drifts from phone to chat over the year. */
function pickChannel(random: Random, progress: number): number {
	const phone = 0.44 - 0.08 * progress;
	const weights = [phone, 0.22, 0.15 + 0.08 * progress, 0.1, 0.07];
	let roll = random.next() * weights.reduce((sum, weight) => sum + weight, 0);
	for (let channel = 0; channel < weights.length; channel++) {
		roll -= weights[channel];
		if (roll < 0) return channel;
	}
	return 0;
}

const SWITCH_TABLE = cumulative([0.5, 0.15, 0.2, 0.1, 0.05]);

/** A customer who tries again elsewhere mostly picks up the phone. */
function switchChannel(random: Random, from: number): number {
	for (;;) {
		const channel = pickIndex(random, SWITCH_TABLE);
		if (channel !== from) return channel;
	}
}

/** Mostly within days; some come back after the 7-day window and do not count as repeats. */
function followUpDelay(random: Random): number {
	const roll = random.next();
	if (roll < 0.62) return Math.exp(Math.log(0.5) + random.next() * Math.log(96)) * 3_600_000;
	if (roll < 0.92) return (2 + random.next() * 4.9) * DAY;
	return (7.2 + random.next() * 7) * DAY;
}

function allocate(count: number): ContactTable {
	return {
		count,
		endedAt: new Float64Array(count),
		durationMs: new Int32Array(count),
		firstResponseSeconds: new Int32Array(count),
		customer: new Int32Array(count),
		agent: new Int16Array(count),
		team: new Int8Array(count),
		reason: new Int16Array(count),
		channel: new Uint8Array(count),
		resolvedByAgent: new Int8Array(count),
		article: new Int16Array(count),
		kbGap: new Int8Array(count),
		emotion: new Int8Array(count),
		causeDepartment: new Int8Array(count),
		surveyOptOut: new Uint8Array(count),
		ingestLagMs: new Int32Array(count),
		repeatOf: new Int32Array(count).fill(-1),
		repeated: new Uint8Array(count),
		channelSwitch: new Uint8Array(count),
		updatedAt: new Float64Array(count)
	};
}

/** Generates `count` contacts in generation order; sortByEndedAt puts them in time order. */
export function generateContacts(
	random: Random,
	count: number,
	now: number,
	agents: DemoAgent[],
	customers: CustomerTable
): ContactTable {
	const calendar = createCalendar(now);
	const route = createRouter(agents);
	const tables = [reasonTables(false), reasonTables(true)];
	const table = allocate(count);
	let n = 0;
	for (let issue = 0; n < count; issue++) {
		const customer =
			issue < customers.count
				? customers.firstIssue[issue]
				: random.chance(0.35)
					? random.int(customers.frequentCount)
					: random.int(customers.count);
		const english = customers.locale[customer] === 1;
		const noEmail = customers.hasEmail[customer] === 0;
		let channel = 0;
		let t = -1;
		while (t < 0) {
			const day = calendar.pickDay(random);
			channel = pickChannel(random, calendar.progress(calendar.start + day * DAY));
			if (noEmail && channel === CHANNEL.email) channel = CHANNEL.phone;
			t = calendar.pickMoment(random, day, channel);
		}
		const reason = random.chance(0.03)
			? -1
			: pickIndex(random, tables[calendar.inSpike(t) ? 1 : 0][channel]);
		for (let step = 0; n < count; step++) {
			const agent = route(random, channel, reason, t);
			const knowledge = pickKnowledge(random, reason, step > 0, english);
			const timing = pickTiming(random, channel, t, now);
			const skill = agents[agent].skill;
			const base = reason >= 0 ? REASONS[reason].followUpRate : 0.12;
			const chance = 1.2 * base * Math.exp(-1.2 * skill) * (knowledge.gap >= 0 ? 1.4 : 1);
			const followUp = random.chance(Math.min(0.85, step > 0 ? chance * 0.75 : chance));
			table.endedAt[n] = t;
			table.durationMs[n] = timing.durationMs;
			table.firstResponseSeconds[n] = timing.firstResponseSeconds;
			table.customer[n] = customer;
			table.agent[n] = agent;
			table.team[n] = agents[agent].team;
			table.reason[n] = reason;
			table.channel[n] = channel;
			table.resolvedByAgent[n] = random.chance(0.08)
				? -1
				: random.chance(followUp ? 0.45 : 0.9)
					? 1
					: 0;
			table.article[n] = knowledge.article;
			table.kbGap[n] = knowledge.gap;
			table.emotion[n] = pickEmotion(random, reason, step > 0);
			table.causeDepartment[n] = pickCause(random, reason);
			table.surveyOptOut[n] = random.chance(0.004) ? 1 : 0;
			// A few contacts reach us days late (batch uploads from the shops): too old to survey.
			table.ingestLagMs[n] = random.chance(0.008)
				? Math.floor((4 + random.next() * 2) * DAY)
				: 60_000 + random.int(240_000);
			n++;
			if (!followUp) break;
			const next = Math.floor(t + followUpDelay(random));
			if (next >= now - 60_000) break;
			if (random.chance(0.36)) channel = switchChannel(random, channel);
			if (noEmail && channel === CHANNEL.email) channel = CHANNEL.phone;
			t = next;
		}
	}
	return table;
}

/** Reorders rows by ended_at and makes every ended_at unique (so "earlier" is never a tie). */
export function sortByEndedAt(table: ContactTable): ContactTable {
	const order = new Int32Array(table.count);
	for (let i = 0; i < order.length; i++) order[i] = i;
	const ended = table.endedAt;
	order.sort((a, b) => ended[a] - ended[b] || a - b);
	const sorted = allocate(table.count);
	for (const key of Object.keys(table) as (keyof ContactTable)[]) {
		if (key === 'count') continue;
		const from = table[key] as Float64Array;
		const to = sorted[key] as Float64Array;
		for (let i = 0; i < order.length; i++) to[i] = from[order[i]];
	}
	for (let i = 1; i < sorted.count; i++)
		if (sorted.endedAt[i] <= sorted.endedAt[i - 1]) sorted.endedAt[i] = sorted.endedAt[i - 1] + 1;
	return sorted;
}

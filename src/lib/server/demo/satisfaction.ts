// The customer's hidden satisfaction with one contact, on a latent scale where 0 is a typical
// contact and the survey answers add noise around it. Every planted pattern that shows up in
// survey scores is a term here (see generate.ts).
import type { ContactTable } from './contacts';
import { CHANNEL } from './contact-details';
import { DAY, type DemoAgent } from './organisation';
import { REASONS } from './taxonomy';

const BASE = 0.95;
/** Klantenservice Zuid: weak at the start of the year, good at the end (coaching programme). */
const IMPROVING_TEAM = 1;
// angry, frustrated, worried, neutral, positive
const EMOTION_EFFECT = [-0.55, -0.3, -0.05, 0, 0.3];
const CHANNEL_EFFECT = [0.05, -0.1, 0, -0.05, 0.25];

export function satisfaction(
	contacts: ContactTable,
	agents: DemoAgent[],
	i: number,
	now: number
): number {
	const t = contacts.endedAt[i];
	const channel = contacts.channel[i];
	const reason = contacts.reason[i];
	const emotion = contacts.emotion[i];
	const yearProgress = Math.min(1, Math.max(0, 1 - (now - t) / (365 * DAY)));
	let mood = BASE + agents[contacts.agent[i]].skill + CHANNEL_EFFECT[channel];
	if (contacts.team[i] === IMPROVING_TEAM) mood += -0.6 + 0.85 * yearProgress;
	if (channel === CHANNEL.social) {
		// Webcare's backlog of the last three months: slower answers, unhappier customers.
		const backlog = Math.min(1, Math.max(0, (t - (now - 100 * DAY)) / (70 * DAY)));
		mood -= 0.85 * backlog;
	}
	if (reason >= 0) mood += REASONS[reason].mood;
	if (emotion >= 0) mood += EMOTION_EFFECT[emotion];
	if (contacts.repeated[i]) mood -= 0.45;
	if (contacts.repeatOf[i] >= 0) mood -= 0.3;
	if (contacts.kbGap[i] >= 0) mood -= 0.25;
	const wait = contacts.firstResponseSeconds[i];
	if (wait > 24 * 3600 || (channel === CHANNEL.social && wait > 2 * 3600)) mood -= 0.3;
	return mood;
}

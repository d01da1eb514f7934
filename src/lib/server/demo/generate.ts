// Pure, deterministic generation of the demo data set: the same seed, size and `now` give the
// same rows on every machine (no Math.random, no clock). Writing is write.ts's job.
//
// Planted patterns. Dashboards, tests and benchmarks rely on these; change them only together.
// "Days ago" is counted back from `now`; agents are named by external id (AG-1001 = index 0).
//
// 1. Agents (10 per team, 6 teams). Skill is a hidden satisfaction offset:
//    - AG-1001 (Klantenservice Noord, the team of the demo team lead) is the demo agent:
//      average skill, full-time, plenty of answers.
//    - AG-1002 (Noord) is clearly better (+0.75); AG-1005 (Noord) clearly weaker (-0.8);
//      AG-1014 (Zuid) weaker (-0.6); AG-1042 (Techniek & App) better (+0.6). Better agents also
//      get fewer repeat contacts, weaker ones more.
//    - AG-1010 (Noord, started 28 days ago) and AG-1020 (Zuid, 18 days ago) are new: few
//      answers, so comparisons must mark them "too few answers".
//    - AG-1028 (Webcare & Chat, left 120 days ago) and AG-1046 (Techniek & App, left 210 days
//      ago) are inactive and have no contacts after they left.
// 2. Klantenservice Zuid improves over the year (coaching programme): satisfaction rises
//    steadily from clearly below average twelve months ago to above average now.
// 3. Social (webcare) declines in the last three months: the median first response time grows
//    from ~35 min to ~3 h between 90 and 30 days ago, and scores on social drop with it.
// 4. Billing error: from 150 to 120 days ago the unnecessary reason invoice_incorrect (cause:
//    Facturatie) has about seven times its normal volume, angry customers and low scores.
// 5. Knowledge-base gaps: app_login_problem (its article KB-APP-01 was last reviewed 20 months
//    ago) and parcel_not_received (no article at all) have kb_gap flags on about a third of
//    their contacts and repeat rates around 40 %, far above the ~18 % overall. Their complaints
//    say "inlogcode app komt niet aan" / "pakket staat op bezorgd maar niet ontvangen".
//    KB-METER-01 and KB-STOR-01 are stale too (over 12 months since review).
// 6. Channel mix shifts from phone to chat over the year; hygiene reasons still arrive on their
//    discouraged channel (mostly phone) often enough to show in channel steering.
// 7. Repeat contacts: ~15–25 % of contacts are repeated within 7 days, more for unnecessary
//    reasons; about a third of repeats switch channel (mostly to phone). Some customers come back
//    after 7–14 days, which by definition is not a repeat.
// 8. Surveys: 80 % sampling, one invitation per customer per 30 days, ~3 % opted-out customers,
//    ~8 % customers without e-mail address (phone/in person only), ~0.8 % contacts ingested too
//    late, ~0.4 % contacts with surveys disabled; ~30 % of sent invitations are answered.
import {
	createAgents,
	createCustomers,
	DAY,
	type CustomerTable,
	type DemoAgent
} from './organisation';
import { generateContacts, sortByEndedAt, type ContactTable } from './contacts';
import { linkRepeatContacts } from './linking';
import { createRandom } from './random';
import { generateSurveys, type InvitationTable, type ResponseTable } from './surveys';

export type DemoOptions = {
	seed: number;
	contacts: number;
	/** Epoch ms: the generated year ends here. */
	now: number;
};

export type DemoData = {
	seed: number;
	now: number;
	agents: DemoAgent[];
	customers: CustomerTable;
	contacts: ContactTable;
	invitations: InvitationTable;
	responses: ResponseTable;
};

/** About 2.4 contacts per customer per year, as at a utility or telecom provider. */
export function customerCountFor(contacts: number): number {
	return contacts === 0 ? 0 : Math.max(1, Math.round(contacts * 0.42));
}

export function generateDemoData(options: DemoOptions): DemoData {
	const { seed, now } = options;
	const agents = createAgents(seed, now);
	const customers = createCustomers(seed, customerCountFor(options.contacts), now - 365 * DAY, now);
	const generated = generateContacts(
		createRandom(seed, 1),
		options.contacts,
		now,
		agents,
		customers
	);
	const contacts = sortByEndedAt(generated);
	linkRepeatContacts(contacts, customers.count);
	const surveys = generateSurveys(createRandom(seed, 2), contacts, customers, agents, now);
	return { seed, now, agents, customers, contacts, ...surveys };
}

// The small tables of the demo: departments, teams, agents, contact reasons, knowledge articles
// and the survey program. Ids are explicit (index + 1) so the bulk rows can point at them.
import type pg from 'pg';
import type { DemoData } from './generate';
import { DAY } from './organisation';
import { TEAMS } from './people';
import { DEMO_PROGRAM } from './surveys';
import { ARTICLE_BASE_URL, ARTICLES, DEPARTMENTS, departmentIndex, REASONS } from './taxonomy';

type Value = string | number | boolean | Date | null;

/** One multi-row INSERT; the target columns give the parameters their types. */
async function insertValues(
	client: pg.ClientBase,
	table: string,
	columns: string[],
	rows: Value[][]
): Promise<void> {
	if (rows.length === 0) return;
	const params: Value[] = [];
	const tuples = rows.map((row) => {
		const placeholders = row.map((value) => {
			params.push(value);
			return `$${params.length}`;
		});
		return `(${placeholders.join(', ')})`;
	});
	await client.query(
		`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
		params
	);
}

const channelArray = (channels: string[]) => `{${channels.join(',')}}`;

export async function writeReferenceData(client: pg.ClientBase, data: DemoData): Promise<void> {
	// The organisation was set up long before the generated year; fixed relative to `now` so
	// that the same options give the same rows.
	const setUpAt = new Date(data.now - 3 * 365 * DAY);
	await insertValues(
		client,
		'department',
		['id', 'code', 'name_nl', 'name_en', 'created_at'],
		DEPARTMENTS.map((d, i) => [i + 1, d.code, d.nameNl, d.nameEn, setUpAt])
	);
	await insertValues(
		client,
		'team',
		['id', 'name', 'created_at'],
		TEAMS.map((team, i) => [i + 1, team.name, setUpAt])
	);
	await insertValues(
		client,
		'agent',
		['id', 'external_id', 'name', 'email', 'team_id', 'active', 'created_at', 'updated_at'],
		data.agents.map((agent, i) => [
			i + 1,
			agent.externalId,
			agent.name,
			agent.email,
			agent.team + 1,
			agent.leftAt === null,
			new Date(agent.startedAt),
			new Date(agent.leftAt ?? agent.startedAt)
		])
	);
	await insertValues(
		client,
		'contact_reason',
		[
			'id',
			'code',
			'name_nl',
			'name_en',
			'value_class',
			'preferred_channels',
			'supporting_channels',
			'discouraged_channels',
			'cause_department_id',
			'created_at'
		],
		REASONS.map((reason, i) => [
			i + 1,
			reason.code,
			reason.nameNl,
			reason.nameEn,
			reason.valueClass,
			channelArray(reason.preferred),
			channelArray(reason.supporting),
			channelArray(reason.discouraged),
			reason.causeDepartment ? departmentIndex(reason.causeDepartment) + 1 : null,
			setUpAt
		])
	);
	await writeKnowledgeArticles(client, data.now, setUpAt);
	await insertValues(
		client,
		'survey_program',
		[
			'id',
			'name',
			'channels',
			'first_question',
			'ask_csat',
			'ask_nps',
			'ask_ces',
			'ask_resolved',
			'ask_comment',
			'delay_minutes',
			'sampling_percent',
			'fatigue_days',
			'max_contact_age_hours',
			'expiry_days',
			'reminder_after_days',
			'created_at',
			'updated_at'
		],
		[
			[
				1,
				DEMO_PROGRAM.name,
				// Empty means every channel.
				'{}',
				'csat',
				true,
				true,
				true,
				true,
				true,
				DEMO_PROGRAM.delayMinutes,
				DEMO_PROGRAM.samplingPercent,
				DEMO_PROGRAM.fatigueDays,
				DEMO_PROGRAM.maxContactAgeHours,
				DEMO_PROGRAM.expiryDays,
				DEMO_PROGRAM.reminderAfterDays,
				setUpAt,
				setUpAt
			]
		]
	);
}

async function writeKnowledgeArticles(client: pg.ClientBase, now: number, setUpAt: Date) {
	await insertValues(
		client,
		'knowledge_article',
		['id', 'code', 'title', 'url', 'locale', 'last_reviewed_at', 'created_at', 'updated_at'],
		ARTICLES.map((article, i) => {
			const reviewedAt = new Date(now - Math.round(article.reviewedMonthsAgo * 30.44 * DAY));
			const url = ARTICLE_BASE_URL + article.slug;
			return [
				i + 1,
				article.code,
				article.title,
				url,
				article.locale,
				reviewedAt,
				setUpAt,
				reviewedAt
			];
		})
	);
	const links = ARTICLES.flatMap((article, i) =>
		article.reasons.map((code) => [i + 1, REASONS.findIndex((r) => r.code === code) + 1])
	);
	await insertValues(client, 'knowledge_article_reason', ['article_id', 'reason_id'], links);
}

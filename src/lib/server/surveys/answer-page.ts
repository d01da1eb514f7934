// What the public survey page needs: the invitation behind a token (or nothing, for unknown and
// suppressed tokens, so the page reveals nothing), the program's questions in order, and the
// parsing of a submitted form. Nothing here writes; responses.ts does.
import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client';
import { firstName } from '../mail/invitation-copy';

export type QuestionKind = 'csat' | 'nps' | 'ces' | 'resolved' | 'comment';
export type ScoreKind = 'csat' | 'nps' | 'ces';
export type FirstQuestion = 'csat' | 'nps';
export type Locale = 'nl' | 'en';
export type Channel = 'phone' | 'email' | 'chat' | 'social' | 'in_person';

export const SCORE_RANGE: Record<ScoreKind, { min: number; max: number }> = {
	csat: { min: 1, max: 5 },
	nps: { min: 0, max: 10 },
	ces: { min: 1, max: 7 }
};
export const COMMENT_MAX = 2000;

export type ProgramQuestions = {
	firstQuestion: FirstQuestion;
	askCsat: boolean;
	askNps: boolean;
	askCes: boolean;
	askResolved: boolean;
	askComment: boolean;
};

// The schema's defaults: what an invitation whose program was deleted still asks.
const DEFAULT_QUESTIONS: ProgramQuestions = {
	firstQuestion: 'csat',
	askCsat: true,
	askNps: true,
	askCes: false,
	askResolved: true,
	askComment: true
};

/** The program's questions in page order; the e-mail's question always comes first. */
export function questionsOf(program: ProgramQuestions | null): QuestionKind[] {
	const p = program ?? DEFAULT_QUESTIONS;
	const asked: [QuestionKind, boolean][] = [
		['csat', p.askCsat],
		['nps', p.askNps],
		['ces', p.askCes],
		['resolved', p.askResolved],
		['comment', p.askComment]
	];
	return [
		p.firstQuestion,
		...asked.filter(([kind, ask]) => ask && kind !== p.firstQuestion).map(([kind]) => kind)
	];
}

/** Form-shaped answers: what the page shows checked or filled in. */
export type AnswerValues = Partial<Record<QuestionKind, string>>;

export type StoredAnswers = {
	csat: number | null;
	nps: number | null;
	ces: number | null;
	resolved: boolean | null;
	comment: string | null;
};

export function valuesOf(stored: StoredAnswers | null): AnswerValues {
	if (!stored) return {};
	const values: AnswerValues = {};
	for (const kind of ['csat', 'nps', 'ces'] as const)
		if (stored[kind] !== null) values[kind] = String(stored[kind]);
	if (stored.resolved !== null) values.resolved = stored.resolved ? 'yes' : 'no';
	if (stored.comment !== null) values.comment = stored.comment;
	return values;
}

export type SurveyInvitation = {
	id: number;
	token: string;
	locale: Locale;
	/** open: answers can be given or changed; expired: the page shows nothing about the contact. */
	state: 'open' | 'expired';
	expiresAt: Date | null;
	channel: Channel;
	agentFirstName: string;
	reason: { nl: string; en: string } | null;
	contactEndedAt: Date;
	firstQuestion: FirstQuestion;
	questions: QuestionKind[];
	senderName: string;
	brandColor: string | null;
	logoUrl: string | null;
	response: StoredAnswers | null;
};

// Tokens are 43 base64url characters; anything else cannot be one, so it costs no query.
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/** Open means: not expired by the dispatcher and not past its expiry time. */
export function isOpen(status: string, expiresAt: Date | null, now: Date): boolean {
	return status !== 'expired' && (expiresAt === null || expiresAt.getTime() > now.getTime());
}

/** Only a web address may become an image source; anything else is left out. */
function safeLogoUrl(value: string | null): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
	} catch {
		return null;
	}
}

/** A colour goes into a style attribute, so only a plain hex colour is accepted. */
function safeColor(value: string | null | undefined): string | null {
	return value && /^#(?:[0-9a-fA-F]{3}){1,2}$/.test(value) ? value : null;
}

/** The invitation behind a token; null for unknown, malformed and suppressed tokens. */
export async function findSurveyInvitation(
	prisma: PrismaClient,
	token: string,
	now: Date
): Promise<SurveyInvitation | null> {
	if (!TOKEN.test(token)) return null;
	const row = await prisma.invitation.findUnique({
		where: { token },
		select: {
			id: true,
			token: true,
			status: true,
			locale: true,
			channel: true,
			expiresAt: true,
			program: true,
			response: {
				select: { csat: true, nps: true, ces: true, resolved: true, comment: true }
			},
			contact: {
				select: {
					endedAt: true,
					agent: { select: { name: true } },
					reason: { select: { nameNl: true, nameEn: true } }
				}
			}
		}
	});
	// A suppressed invitation never reached the customer: its token is as good as unknown.
	if (!row || row.status === 'suppressed') return null;
	const program = row.program;
	return {
		id: row.id,
		token: row.token,
		locale: row.locale,
		state: isOpen(row.status, row.expiresAt, now) ? 'open' : 'expired',
		expiresAt: row.expiresAt,
		channel: row.channel,
		agentFirstName: firstName(row.contact.agent.name),
		reason: row.contact.reason
			? { nl: row.contact.reason.nameNl, en: row.contact.reason.nameEn }
			: null,
		contactEndedAt: row.contact.endedAt,
		firstQuestion: program?.firstQuestion ?? DEFAULT_QUESTIONS.firstQuestion,
		questions: questionsOf(program),
		senderName: program?.senderName.trim() || 'Klantstem',
		brandColor: safeColor(program?.brandColor),
		logoUrl: safeLogoUrl(program?.logoUrl ?? null),
		response: row.response
	};
}

/** The `?score=` of an e-mail link, when it is a valid answer to the first question. */
export function scoreParam(raw: string | null, first: FirstQuestion): number | null {
	if (raw === null || !/^\d{1,2}$/.test(raw)) return null;
	const score = Number(raw);
	const { min, max } = SCORE_RANGE[first];
	return score >= min && score <= max ? score : null;
}

/** What a submission changes; a question left out is kept as stored, a comment '' is removed. */
export type Answers = {
	csat?: number;
	nps?: number;
	ces?: number;
	resolved?: boolean;
	comment?: string | null;
};

export type AnswerError = {
	field: QuestionKind;
	/** Catalogue key of the message and its values. */
	key:
		| 'survey.errors.score'
		| 'survey.errors.choice'
		| 'survey.errors.commentTooLong'
		| 'survey.errors.required';
	values: Record<string, number>;
};

export type ParsedAnswers =
	{ ok: true; answers: Answers } | { ok: false; errors: AnswerError[]; values: AnswerValues };

const score = (kind: ScoreKind) => {
	const { min, max } = SCORE_RANGE[kind];
	return z
		.string()
		.regex(/^\d{1,2}$/)
		.transform(Number)
		.pipe(z.number().int().min(min).max(max))
		.optional();
};

// Browsers send a textarea's line breaks as CRLF, but count them as one character for maxlength.
const normalizeComment = (text: string) => text.replace(/\r\n?/g, '\n').trim();

const answerSchema = z.object({
	csat: score('csat'),
	nps: score('nps'),
	ces: score('ces'),
	resolved: z.enum(['yes', 'no']).optional(),
	comment: z.string().transform(normalizeComment).pipe(z.string().max(COMMENT_MAX)).optional()
});

const errorKey: Record<QuestionKind, AnswerError['key']> = {
	csat: 'survey.errors.score',
	nps: 'survey.errors.score',
	ces: 'survey.errors.score',
	resolved: 'survey.errors.choice',
	comment: 'survey.errors.commentTooLong'
};

function errorFor(field: QuestionKind, values: AnswerValues): AnswerError {
	if (field === 'comment')
		return {
			field,
			key: errorKey.comment,
			values: { max: COMMENT_MAX, length: normalizeComment(values.comment ?? '').length }
		};
	if (field === 'resolved') return { field, key: errorKey.resolved, values: {} };
	return { field, key: errorKey[field], values: SCORE_RANGE[field] };
}

/**
 * Reads the answers to the program's questions from a submitted form. Questions the program does
 * not ask are ignored. An empty radio group is "not in this submission"; a submitted comment
 * field always counts, so emptying it removes the comment. `requireAnswer`: the first answer of
 * an invitation must answer something, or there would be an empty response.
 */
export function parseAnswers(
	form: FormData,
	questions: QuestionKind[],
	requireAnswer: boolean
): ParsedAnswers {
	const values: AnswerValues = {};
	for (const kind of questions) {
		const raw = form.get(kind);
		if (raw === null) continue;
		const text = typeof raw === 'string' ? raw : '\u0000';
		if (kind !== 'comment' && text.trim() === '') continue;
		values[kind] = kind === 'comment' ? text : text.trim();
	}
	const result = answerSchema.safeParse(values);
	if (!result.success) {
		const fields = [...new Set(result.error.issues.map((issue) => issue.path[0] as QuestionKind))];
		return { ok: false, errors: fields.map((field) => errorFor(field, values)), values };
	}
	const { csat, nps, ces, resolved, comment } = result.data;
	const answers: Answers = {};
	if (csat !== undefined) answers.csat = csat;
	if (nps !== undefined) answers.nps = nps;
	if (ces !== undefined) answers.ces = ces;
	if (resolved !== undefined) answers.resolved = resolved === 'yes';
	if (comment !== undefined) answers.comment = comment === '' ? null : comment;
	const answeredSomething = Object.values(answers).some(
		(value) => value !== undefined && value !== null
	);
	if (requireAnswer && !answeredSomething)
		return {
			ok: false,
			errors: [{ field: questions[0], key: 'survey.errors.required', values: {} }],
			values
		};
	return { ok: true, answers };
}

// Survey programs: which contacts get a survey (channels, contact reasons, sampling, fatigue,
// maximum age), when (delay, expiry, reminder), what is asked and how the e-mail looks. The admin
// pages edit them here. Every rule the database checks (CHECK constraints) is checked here first,
// with a message per field, so an admin never meets a database error.
import { z } from 'zod';
import { AccessDenied } from '../auth/scope';
import type { PrismaClient } from '../db/generated/client';
import { CHANNELS } from '../contacts/ingest-schema';
import { isUniqueViolation, OrganisationError } from '../organisation/errors';

export const QUESTIONS = ['csat', 'nps', 'ces', 'resolved', 'comment'] as const;
export type Question = (typeof QUESTIONS)[number];

const ERR = 'admin.surveys.';

/** A whole number in [min, max] with one message for every way to miss it (empty, 1.5, 'x'). */
const wholeNumber = (min: number, max: number, message: string) =>
	z
		.number({ error: ERR + message })
		.int(ERR + message)
		.min(min, ERR + message)
		.max(max, ERR + message);

const httpsUrl = z
	.string()
	.trim()
	.max(2000, `${ERR}errorLogoUrl`)
	.refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === 'https:' && url.hostname !== '';
		} catch {
			return false;
		}
	}, `${ERR}errorLogoUrl`);

export const programInput = z
	.object({
		name: z.string().trim().min(1, `${ERR}errorName`).max(100, `${ERR}errorNameLength`),
		active: z.boolean().default(true),
		channels: z
			.array(z.enum(CHANNELS, { error: `${ERR}errorChannels` }))
			.max(CHANNELS.length)
			.default([])
			.transform((list) => CHANNELS.filter((channel) => list.includes(channel))),
		reasonIds: z
			.array(
				z
					.number({ error: `${ERR}errorReasons` })
					.int(`${ERR}errorReasons`)
					.positive()
			)
			.max(1000)
			.default([])
			.transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
		priority: wholeNumber(0, 9999, 'errorPriority').default(100),
		firstQuestion: z.enum(['csat', 'nps'], { error: `${ERR}errorFirstQuestion` }).default('csat'),
		askCsat: z.boolean().default(true),
		askNps: z.boolean().default(true),
		askCes: z.boolean().default(false),
		askResolved: z.boolean().default(true),
		askComment: z.boolean().default(true),
		delayMinutes: wholeNumber(0, 10_080, 'errorDelay').default(30),
		samplingPercent: wholeNumber(0, 100, 'errorSampling').default(100),
		fatigueDays: wholeNumber(0, 365, 'errorFatigue').default(30),
		maxContactAgeHours: wholeNumber(1, 8760, 'errorMaxAge').default(72),
		expiryDays: wholeNumber(1, 365, 'errorExpiry').default(14),
		reminderAfterDays: wholeNumber(1, 364, 'errorReminder').nullable().default(3),
		senderName: z.string().trim().min(1, `${ERR}errorSenderName`).max(100, `${ERR}errorSenderName`),
		brandColor: z
			.string()
			.trim()
			.regex(/^#[0-9a-fA-F]{6}$/, `${ERR}errorBrandColor`)
			.transform((value) => value.toLowerCase()),
		logoUrl: z
			.string()
			.trim()
			.nullish()
			.transform((value) => value || null)
			.pipe(httpsUrl.nullable())
	})
	// Rules across fields; each only when the fields it compares are valid on their own, so a
	// field gets one message, about itself.
	.superRefine((program, context) => {
		const within = (value: number | null, min: number, max: number) =>
			value !== null && Number.isInteger(value) && value >= min && value <= max;
		const asked: Record<string, boolean> = { csat: program.askCsat, nps: program.askNps };
		if (program.firstQuestion in asked && !asked[program.firstQuestion])
			context.addIssue({
				code: 'custom',
				path: ['firstQuestion'],
				message: `${ERR}errorFirstNotAsked`
			});
		if (
			within(program.expiryDays, 1, 365) &&
			within(program.reminderAfterDays, 1, 364) &&
			(program.reminderAfterDays as number) >= program.expiryDays
		)
			context.addIssue({
				code: 'custom',
				path: ['reminderAfterDays'],
				message: `${ERR}errorReminderAfterExpiry`
			});
		// A survey sent after the contact is too old to survey would never go out.
		if (
			within(program.maxContactAgeHours, 1, 8760) &&
			within(program.delayMinutes, 0, 10_080) &&
			program.delayMinutes >= program.maxContactAgeHours * 60
		)
			context.addIssue({
				code: 'custom',
				path: ['delayMinutes'],
				message: `${ERR}errorDelayAfterMaxAge`
			});
	});

export type ProgramInput = z.input<typeof programInput>;
export type ProgramData = z.output<typeof programInput>;

const columns = {
	id: true,
	name: true,
	active: true,
	channels: true,
	priority: true,
	firstQuestion: true,
	askCsat: true,
	askNps: true,
	askCes: true,
	askResolved: true,
	askComment: true,
	delayMinutes: true,
	samplingPercent: true,
	fatigueDays: true,
	maxContactAgeHours: true,
	expiryDays: true,
	reminderAfterDays: true,
	senderName: true,
	brandColor: true,
	logoUrl: true,
	updatedAt: true,
	reasons: {
		select: { reason: { select: { id: true, code: true, nameNl: true, nameEn: true } } },
		orderBy: { reason: { code: 'asc' as const } }
	}
} as const;

type Row = Awaited<ReturnType<typeof findProgram>>;

function findProgram(prisma: PrismaClient, id: number) {
	return prisma.surveyProgram.findUnique({ where: { id }, select: columns });
}

function shape(row: NonNullable<Row>) {
	const { reasons, ...program } = row;
	return {
		...program,
		reasons: reasons.map((link) => link.reason),
		reasonIds: reasons.map((link) => link.reason.id).sort((a, b) => a - b),
		questions: QUESTIONS.filter(
			(q) =>
				({
					csat: program.askCsat,
					nps: program.askNps,
					ces: program.askCes,
					resolved: program.askResolved,
					comment: program.askComment
				})[q]
		)
	};
}

export type Program = ReturnType<typeof shape>;

/** Active programs first, then by priority (the order in which they match contacts). */
export async function listPrograms(prisma: PrismaClient): Promise<Program[]> {
	const rows = await prisma.surveyProgram.findMany({
		select: columns,
		orderBy: [{ active: 'desc' }, { priority: 'asc' }, { id: 'asc' }]
	});
	return rows.map(shape);
}

export async function getProgram(prisma: PrismaClient, id: number): Promise<Program> {
	const row = await findProgram(prisma, id);
	if (!row) throw new AccessDenied(404);
	return shape(row);
}

/** Contact reasons to choose from: active ones, plus inactive ones a program already names. */
export async function programFormOptions(prisma: PrismaClient, programId?: number | null) {
	const reasons = await prisma.contactReason.findMany({
		where: {
			OR: [{ active: true }, ...(programId ? [{ programs: { some: { programId } } }] : [])]
		},
		orderBy: { code: 'asc' },
		select: { id: true, code: true, nameNl: true, nameEn: true, active: true }
	});
	return { reasons, channels: CHANNELS, questions: QUESTIONS };
}

async function assertValid(prisma: PrismaClient, data: ProgramData, self?: number) {
	const same = await prisma.surveyProgram.findFirst({
		where: {
			name: { equals: data.name, mode: 'insensitive' },
			...(self ? { id: { not: self } } : {})
		},
		select: { id: true }
	});
	if (same) throw new OrganisationError('name', `${ERR}errorNameTaken`);
	if (data.reasonIds.length > 0) {
		const found = await prisma.contactReason.count({ where: { id: { in: data.reasonIds } } });
		if (found !== data.reasonIds.length)
			throw new OrganisationError('reasonIds', `${ERR}errorReasons`);
	}
}

function fields(data: ProgramData) {
	const { reasonIds, ...program } = data;
	void reasonIds;
	return program;
}

function nameTaken(error: unknown): never {
	if (isUniqueViolation(error)) throw new OrganisationError('name', `${ERR}errorNameTaken`);
	throw error;
}

export async function createProgram(prisma: PrismaClient, input: ProgramInput): Promise<number> {
	const data = programInput.parse(input);
	await assertValid(prisma, data);
	try {
		const created = await prisma.surveyProgram.create({
			data: {
				...fields(data),
				reasons: { create: data.reasonIds.map((reasonId) => ({ reasonId })) }
			},
			select: { id: true }
		});
		return created.id;
	} catch (error) {
		nameTaken(error);
	}
}

/** Saves every field; the program's reasons are replaced by the chosen ones in one transaction. */
export async function updateProgram(prisma: PrismaClient, id: number, input: ProgramInput) {
	const data = programInput.parse(input);
	if (!(await findProgram(prisma, id))) throw new AccessDenied(404);
	await assertValid(prisma, data, id);
	try {
		await prisma.$transaction([
			prisma.surveyProgramReason.deleteMany({ where: { programId: id } }),
			prisma.surveyProgram.update({
				where: { id },
				data: {
					...fields(data),
					reasons: { create: data.reasonIds.map((reasonId) => ({ reasonId })) }
				}
			})
		]);
	} catch (error) {
		nameTaken(error);
	}
}

/** Deactivating keeps the program (its invitations point at it); it just stops matching. */
export async function setProgramActive(prisma: PrismaClient, id: number, active: boolean) {
	const { count } = await prisma.surveyProgram.updateMany({ where: { id }, data: { active } });
	if (count === 0) throw new AccessDenied(404);
}

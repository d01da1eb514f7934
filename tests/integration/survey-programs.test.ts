// Survey programs on a real PostgreSQL: every validation rule answers with its own field and
// message before the database's CHECK constraints are reached; saving keeps every field.
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationError } from '../../src/lib/server/organisation/errors';
import {
	createProgram,
	getProgram,
	listPrograms,
	programInput,
	setProgramActive,
	updateProgram,
	type ProgramInput
} from '../../src/lib/server/surveys/programs';
import { createTestDatabase, type TestDatabase } from './support/database';

let database: TestDatabase;
let reasons: number[];

beforeAll(async () => {
	database = await createTestDatabase('programs');
	const made = await Promise.all(
		['invoice', 'move', 'outage'].map((code) =>
			database.prisma.contactReason.create({ data: { code, nameNl: code, nameEn: code } })
		)
	);
	reasons = made.map((reason) => reason.id);
});

afterAll(async () => {
	await database.drop();
});

let serial = 0;
function valid(overrides: Partial<ProgramInput> = {}): ProgramInput {
	serial += 1;
	return {
		name: `Programma ${serial}`,
		senderName: 'Klantenservice',
		brandColor: '#1F5F8B',
		...overrides
	};
}

/** The field and message of each problem, as the form shows them. */
function problems(input: ProgramInput): Record<string, string> {
	const result = programInput.safeParse(input);
	if (result.success) return {};
	return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('program validation', () => {
	it('accepts the defaults and fills in every field of the model', () => {
		expect(problems(valid())).toEqual({});
		expect(programInput.parse(valid())).toMatchObject({
			active: true,
			channels: [],
			reasonIds: [],
			priority: 100,
			firstQuestion: 'csat',
			delayMinutes: 30,
			samplingPercent: 100,
			fatigueDays: 30,
			maxContactAgeHours: 72,
			expiryDays: 14,
			reminderAfterDays: 3,
			brandColor: '#1f5f8b',
			logoUrl: null
		});
	});

	it.each([
		['name', { name: '  ' }, 'admin.surveys.errorName'],
		['name', { name: 'x'.repeat(101) }, 'admin.surveys.errorNameLength'],
		['channels.0', { channels: ['fax' as 'phone'] }, 'admin.surveys.errorChannels'],
		['priority', { priority: -1 }, 'admin.surveys.errorPriority'],
		['priority', { priority: 1.5 }, 'admin.surveys.errorPriority'],
		['samplingPercent', { samplingPercent: 101 }, 'admin.surveys.errorSampling'],
		['samplingPercent', { samplingPercent: Number.NaN }, 'admin.surveys.errorSampling'],
		['delayMinutes', { delayMinutes: -5 }, 'admin.surveys.errorDelay'],
		['fatigueDays', { fatigueDays: 366 }, 'admin.surveys.errorFatigue'],
		['maxContactAgeHours', { maxContactAgeHours: 0 }, 'admin.surveys.errorMaxAge'],
		['expiryDays', { expiryDays: 0 }, 'admin.surveys.errorExpiry'],
		['reminderAfterDays', { reminderAfterDays: 0 }, 'admin.surveys.errorReminder'],
		[
			'reminderAfterDays',
			{ reminderAfterDays: 14, expiryDays: 14 },
			'admin.surveys.errorReminderAfterExpiry'
		],
		['firstQuestion', { firstQuestion: 'ces' as 'csat' }, 'admin.surveys.errorFirstQuestion'],
		['firstQuestion', { firstQuestion: 'nps', askNps: false }, 'admin.surveys.errorFirstNotAsked'],
		['firstQuestion', { askCsat: false }, 'admin.surveys.errorFirstNotAsked'],
		[
			'delayMinutes',
			{ delayMinutes: 60, maxContactAgeHours: 1 },
			'admin.surveys.errorDelayAfterMaxAge'
		],
		['senderName', { senderName: '' }, 'admin.surveys.errorSenderName'],
		['brandColor', { brandColor: 'blue' }, 'admin.surveys.errorBrandColor'],
		['brandColor', { brandColor: '#12345' }, 'admin.surveys.errorBrandColor'],
		['logoUrl', { logoUrl: 'http://example.nl/logo.png' }, 'admin.surveys.errorLogoUrl'],
		['logoUrl', { logoUrl: 'javascript:alert(1)' }, 'admin.surveys.errorLogoUrl'],
		['logoUrl', { logoUrl: 'logo.png' }, 'admin.surveys.errorLogoUrl']
	] as [string, Partial<ProgramInput>, string][])('%s: %j → %s', (field, change, message) => {
		expect(problems(valid(change))).toEqual({ [field]: message });
	});

	it('allows no reminder, a reminder a day before expiry, and an https logo', () => {
		expect(problems(valid({ reminderAfterDays: null }))).toEqual({});
		expect(problems(valid({ reminderAfterDays: 13, expiryDays: 14 }))).toEqual({});
		expect(problems(valid({ logoUrl: 'https://example.nl/logo.png' }))).toEqual({});
		expect(problems(valid({ firstQuestion: 'nps', askCsat: false }))).toEqual({});
	});
});

describe('saving programs', () => {
	it('creates a program with every field, and reads it back', async () => {
		const id = await createProgram(
			database.prisma,
			valid({
				name: 'Telefoon en chat',
				channels: ['chat', 'phone'],
				reasonIds: [reasons[1], reasons[0]],
				priority: 10,
				firstQuestion: 'nps',
				askCes: true,
				askComment: false,
				delayMinutes: 5,
				samplingPercent: 40,
				fatigueDays: 60,
				maxContactAgeHours: 24,
				expiryDays: 7,
				reminderAfterDays: null,
				senderName: 'Gemeente Voorbeeld',
				brandColor: '#AA0000',
				logoUrl: 'https://example.nl/logo.png'
			})
		);
		const program = await getProgram(database.prisma, id);
		expect(program).toMatchObject({
			name: 'Telefoon en chat',
			active: true,
			channels: ['phone', 'chat'],
			reasonIds: [reasons[0], reasons[1]].sort((a, b) => a - b),
			priority: 10,
			firstQuestion: 'nps',
			questions: ['csat', 'nps', 'ces', 'resolved'],
			delayMinutes: 5,
			samplingPercent: 40,
			fatigueDays: 60,
			maxContactAgeHours: 24,
			expiryDays: 7,
			reminderAfterDays: null,
			senderName: 'Gemeente Voorbeeld',
			brandColor: '#aa0000',
			logoUrl: 'https://example.nl/logo.png'
		});
	});

	it('refuses a name that is taken (in any case) and an unknown contact reason', async () => {
		await createProgram(database.prisma, valid({ name: 'Algemeen' }));
		const taken = createProgram(database.prisma, valid({ name: 'algemeen' }));
		await expect(taken).rejects.toBeInstanceOf(OrganisationError);
		await expect(taken).rejects.toMatchObject({
			field: 'name',
			message: 'admin.surveys.errorNameTaken'
		});
		await expect(
			createProgram(database.prisma, valid({ reasonIds: [reasons[0], 999_999] }))
		).rejects.toMatchObject({ field: 'reasonIds', message: 'admin.surveys.errorReasons' });
	});

	it('updates every field and replaces the contact reasons', async () => {
		const id = await createProgram(database.prisma, valid({ reasonIds: [reasons[0], reasons[1]] }));
		await updateProgram(
			database.prisma,
			id,
			valid({ name: 'Bijgewerkt', reasonIds: [reasons[2]], samplingPercent: 0, active: false })
		);
		expect(await getProgram(database.prisma, id)).toMatchObject({
			name: 'Bijgewerkt',
			reasonIds: [reasons[2]],
			samplingPercent: 0,
			active: false
		});
	});

	it('keeps the program unchanged when an update breaks a rule', async () => {
		const id = await createProgram(database.prisma, valid({ name: 'Vast', expiryDays: 14 }));
		await expect(
			updateProgram(
				database.prisma,
				id,
				valid({ name: 'Vast', expiryDays: 2, reminderAfterDays: 3 })
			)
		).rejects.toBeInstanceOf(ZodError);
		expect((await getProgram(database.prisma, id)).expiryDays).toBe(14);
	});

	it('deactivates and reactivates; the list shows active programs first, by priority', async () => {
		const late = await createProgram(database.prisma, valid({ name: 'Laat', priority: 500 }));
		const early = await createProgram(database.prisma, valid({ name: 'Vroeg', priority: 1 }));
		await setProgramActive(database.prisma, early, false);
		const names = (await listPrograms(database.prisma)).map((p) => p.name);
		expect(names.indexOf('Laat')).toBeLessThan(names.indexOf('Vroeg'));
		await setProgramActive(database.prisma, early, true);
		expect((await getProgram(database.prisma, early)).active).toBe(true);
		expect((await listPrograms(database.prisma)).map((p) => p.name)[0]).toBe('Vroeg');
		expect(late).toBeGreaterThan(0);
	});

	it('answers 404 for a program that does not exist', async () => {
		await expect(getProgram(database.prisma, 999_999)).rejects.toMatchObject({ status: 404 });
		await expect(setProgramActive(database.prisma, 999_999, false)).rejects.toMatchObject({
			status: 404
		});
	});
});

import { describe, expect, it } from 'vitest';
import {
	decideSurvey,
	matchProgram,
	samplingBucket,
	type CustomerSurveyState,
	type SurveyCandidate,
	type SurveyProgramRules
} from './eligibility';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-11-24T12:00:00Z');

const program = (overrides: Partial<SurveyProgramRules> = {}): SurveyProgramRules => ({
	id: 1,
	priority: 100,
	channels: [],
	reasonIds: [],
	delayMinutes: 30,
	samplingPercent: 100,
	fatigueDays: 30,
	maxContactAgeHours: 72,
	expiryDays: 14,
	reminderAfterDays: 3,
	...overrides
});
const contact = (overrides: Partial<SurveyCandidate> = {}): SurveyCandidate => ({
	externalId: 'K-1',
	channel: 'phone',
	reasonId: 7,
	endedAt: new Date(now.getTime() - HOUR),
	surveyDisabled: false,
	...overrides
});
const customer = (overrides: Partial<CustomerSurveyState> = {}): CustomerSurveyState => ({
	email: 'klant@example.nl',
	optedOutAt: null,
	lastInvitedAt: null,
	...overrides
});

/** An external id whose sampling bucket is at least `min`. */
function idInBucketAtLeast(min: number): string {
	for (let i = 0; ; i++) if (samplingBucket(`K-${i}`) >= min) return `K-${i}`;
}

describe('suppression rules, first that applies', () => {
	const cases: [
		string,
		Partial<SurveyCandidate>,
		Partial<CustomerSurveyState>,
		SurveyProgramRules[],
		string
	][] = [
		['survey: false', { surveyDisabled: true }, { optedOutAt: now }, [program()], 'disabled'],
		['no program at all', {}, { optedOutAt: now }, [], 'no_program'],
		['program for other channels', {}, {}, [program({ channels: ['email'] })], 'no_program'],
		['program for other reasons', {}, {}, [program({ reasonIds: [8] })], 'no_program'],
		[
			'reason-limited program, contact without reason',
			{ reasonId: null },
			{},
			[program({ reasonIds: [7] })],
			'no_program'
		],
		['customer opted out', {}, { optedOutAt: now, email: null }, [program()], 'opted_out'],
		['phone without e-mail address', {}, { email: null }, [program()], 'no_address'],
		[
			'in person without e-mail address',
			{ channel: 'in_person' },
			{ email: null },
			[program()],
			'no_address'
		],
		[
			'too old',
			{ endedAt: new Date(now.getTime() - 72 * HOUR - 1) },
			{ lastInvitedAt: now },
			[program()],
			'too_old'
		],
		[
			'invited 29 days ago',
			{},
			{ lastInvitedAt: new Date(now.getTime() - 29 * DAY) },
			[program()],
			'fatigue'
		],
		[
			'invitation scheduled ahead',
			{},
			{ lastInvitedAt: new Date(now.getTime() + HOUR) },
			[program()],
			'fatigue'
		],
		[
			'outside the sample',
			{ externalId: idInBucketAtLeast(50) },
			{},
			[program({ samplingPercent: 50 })],
			'sampled_out'
		],
		['sampling 0 %', {}, {}, [program({ samplingPercent: 0 })], 'sampled_out']
	];
	it.each(cases)('%s', (_, c, cu, programs, reason) => {
		expect(decideSurvey(contact(c), customer(cu), programs, now)).toMatchObject({
			status: 'suppressed',
			reason
		});
	});
});

describe('scheduling', () => {
	it('sends after the delay, with expiry and reminder from the send time', () => {
		const endedAt = new Date('2026-11-24T11:50:00Z');
		expect(decideSurvey(contact({ endedAt }), customer(), [program()], now)).toEqual({
			status: 'scheduled',
			programId: 1,
			delivery: 'email',
			sendAt: new Date('2026-11-24T12:20:00Z'),
			expiresAt: new Date('2026-12-08T12:20:00Z'),
			reminderAt: new Date('2026-11-27T12:20:00Z')
		});
	});

	it('never schedules in the past, and has no reminder when the program has none', () => {
		const decision = decideSurvey(
			contact(),
			customer(),
			[program({ reminderAfterDays: null })],
			now
		);
		expect(decision).toMatchObject({
			sendAt: now,
			reminderAt: null,
			expiresAt: new Date(now.getTime() + 14 * DAY)
		});
	});

	it('hands social and chat links out at once, without an e-mail address', () => {
		for (const channel of ['social', 'chat'] as const)
			expect(
				decideSurvey(contact({ channel }), customer({ email: null }), [program()], now)
			).toMatchObject({
				status: 'scheduled',
				delivery: 'link',
				sendAt: now,
				reminderAt: null
			});
	});

	it('exactly at the age limit and exactly fatigueDays after the last invitation still counts', () => {
		const decision = decideSurvey(
			contact({ endedAt: new Date(now.getTime() - 72 * HOUR) }),
			customer({ lastInvitedAt: new Date(now.getTime() - 30 * DAY) }),
			[program()],
			now
		);
		expect(decision.status).toBe('scheduled');
	});

	it('fatigueDays 0 switches the fatigue rule off', () => {
		const decision = decideSurvey(
			contact(),
			customer({ lastInvitedAt: now }),
			[program({ fatigueDays: 0 })],
			now
		);
		expect(decision.status).toBe('scheduled');
	});
});

describe('program choice and sampling', () => {
	it('the lowest priority number wins among matching programs', () => {
		const programs = [
			program({ id: 1, priority: 50, channels: ['email'] }),
			program({ id: 2, priority: 20, reasonIds: [7] }),
			program({ id: 3, priority: 10, reasonIds: [9] }),
			program({ id: 4, priority: 30 })
		];
		expect(matchProgram(programs, 'phone', 7)?.id).toBe(2);
		expect(matchProgram(programs, 'phone', null)?.id).toBe(4);
		expect(matchProgram(programs, 'email', 8)?.id).toBe(4);
	});

	it('sampling is stable per contact and spreads over 0–99', () => {
		expect(samplingBucket('K-42')).toBe(samplingBucket('K-42'));
		const buckets = new Set(Array.from({ length: 2000 }, (_, i) => samplingBucket(`K-${i}`)));
		expect(Math.min(...buckets)).toBe(0);
		expect(Math.max(...buckets)).toBe(99);
		const share = Array.from({ length: 2000 }, (_, i) => samplingBucket(`K-${i}`) < 30).filter(
			Boolean
		).length;
		expect(share / 2000).toBeGreaterThan(0.25);
		expect(share / 2000).toBeLessThan(0.35);
	});
});

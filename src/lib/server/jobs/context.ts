// What the survey e-mail jobs need from the outside: the database, a mail transport, the mail
// settings and the retry policy. The app uses the process defaults; tests pass their own.
import type pg from 'pg';
import { db } from '../db';
import { config } from '../env';
import type { MailSettings } from '../mail/invitation-mail';
import { defaultMailTransport, type MailTransport } from '../mail/transport';

export type RetryPolicy = {
	/** Attempts of one e-mail before it is given up (the invitation becomes `failed`). */
	maxAttempts: number;
	/** The wait after the first refused attempt; it doubles with every further attempt. */
	baseDelayMs: number;
	maxDelayMs: number;
};

export type DispatchContext = {
	pool: pg.Pool;
	transport: MailTransport;
	mail: MailSettings;
	retry: RetryPolicy;
	/**
	 * A claim older than this whose outcome was never recorded belongs to a sender that died.
	 * Far above the transport's own send deadline (2 minutes), so a slow live send never
	 * looks dead.
	 */
	claimTimeoutMs: number;
	/** Due e-mails one dispatch run hands out at most; the run wakes itself for the rest. */
	batchSize: number;
};

// Doubling from one minute, capped at an hour: twelve attempts cover a mail server outage of
// about six hours before an invitation is given up.
export const DEFAULT_RETRY: RetryPolicy = {
	maxAttempts: 12,
	baseDelayMs: 60_000,
	maxDelayMs: 60 * 60_000
};

export const DEFAULT_CLAIM_TIMEOUT_MS = 15 * 60_000;

/** The wait before attempt `attempts + 1`, with ±20 % jitter so a recovered server is not hit by all at once. */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random = Math.random): number {
	const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempts - 1);
	const capped = Math.min(policy.maxDelayMs, exponential);
	return Math.round(capped * (0.8 + 0.4 * random()));
}

export function dispatchContext(overrides: Partial<DispatchContext> = {}): DispatchContext {
	const settings = config();
	return {
		pool: overrides.pool ?? db().pool,
		transport: overrides.transport ?? defaultMailTransport(),
		mail: overrides.mail ?? { origin: settings.origin, mailFrom: settings.mailFrom },
		retry: overrides.retry ?? DEFAULT_RETRY,
		claimTimeoutMs: overrides.claimTimeoutMs ?? DEFAULT_CLAIM_TIMEOUT_MS,
		batchSize: overrides.batchSize ?? 500
	};
}

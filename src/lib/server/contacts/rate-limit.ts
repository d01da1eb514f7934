// Requests per API key per minute, counted in PostgreSQL so the limit holds however many app
// processes serve the API. A fixed window (the clock minute) needs one upsert per request; the
// database clock decides the window, so processes with drifting clocks still agree.
import type pg from 'pg';

export const WINDOW_SECONDS = 60;

export type RateDecision = {
	allowed: boolean;
	limit: number;
	remaining: number;
	/** Seconds until the next window opens (for Retry-After); at least 1. */
	retryAfterSeconds: number;
};

type UsageRow = { requests: number; window_start: Date; now: Date; opened: boolean };

/** Counts one request of the key and says whether it is within the key's rate. */
export async function consumeRequest(
	pool: pg.Pool,
	key: { id: number; rateLimitPerMinute: number },
	now?: Date
): Promise<RateDecision> {
	const { rows } = await pool.query<UsageRow>(
		`WITH clock AS (SELECT coalesce($2::timestamptz, statement_timestamp()) AS now)
		 INSERT INTO api_key_usage AS u (api_key_id, window_start, requests)
		 SELECT $1, date_trunc('minute', clock.now), 1 FROM clock
		 ON CONFLICT (api_key_id, window_start) DO UPDATE SET requests = u.requests + 1
		 RETURNING u.requests, u.window_start, (SELECT now FROM clock) AS now, (u.xmax = 0) AS opened`,
		[key.id, now ?? null]
	);
	const usage = rows[0];
	if (usage.opened)
		// The first request of a window clears the key's old ones: the table stays a row per key.
		await pool.query('DELETE FROM api_key_usage WHERE api_key_id = $1 AND window_start < $2', [
			key.id,
			usage.window_start
		]);
	const windowEnds = usage.window_start.getTime() + WINDOW_SECONDS * 1000;
	return {
		allowed: usage.requests <= key.rateLimitPerMinute,
		limit: key.rateLimitPerMinute,
		remaining: Math.max(0, key.rateLimitPerMinute - usage.requests),
		retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - usage.now.getTime()) / 1000))
	};
}

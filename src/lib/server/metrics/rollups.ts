// Rebuilds the dashboard rollups from contacts, invitations and responses. Triggers keep them
// current on every write (prisma/migrations/20261124000400_rollups); a rebuild is for repairs,
// for after a bulk load with the triggers switched off, and for checking the triggers.
import type pg from 'pg';
import { isIsoDay } from './dashboard-filter';

export type RebuildRange = {
	/** First day ('YYYY-MM-DD', Europe/Amsterdam) to rebuild; all days when from and to are both left out. */
	from?: string;
	to?: string;
};

/**
 * One transaction (one statement): day rows of the range are recomputed from the source rows,
 * then the week and month rows that overlap it from the day rows. Writers wait meanwhile (the
 * function locks the rollup), so no delta is lost or counted twice.
 */
export async function rebuildRollups(pool: pg.Pool, range: RebuildRange = {}): Promise<void> {
	for (const [name, day] of Object.entries(range))
		if (day !== undefined && !isIsoDay(day))
			throw new RangeError(`${name} must be a date written as YYYY-MM-DD, got "${day}"`);
	if (range.from && range.to && range.from > range.to)
		throw new RangeError(`from (${range.from}) must not be after to (${range.to})`);
	await pool.query('SELECT metrics_rollup_rebuild($1::date, $2::date)', [
		range.from ?? null,
		range.to ?? null
	]);
}

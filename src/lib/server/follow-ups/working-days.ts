// Follow-up due dates count working days in the organisation's time zone: an item created on
// Friday afternoon is due on Tuesday afternoon, not on Sunday. Public holidays are not skipped
// (they differ per organisation; a later setting can add them).

export const ORGANISATION_TIME_ZONE = 'Europe/Amsterdam';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
	let found = formats.get(timeZone);
	if (!found) {
		found = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formats.set(timeZone, found);
	}
	return found;
}

/** The wall-clock time of an instant in a zone, as if that wall clock were UTC (epoch ms). */
function wallClock(instant: number, timeZone: string): number {
	const parts = Object.fromEntries(
		formatFor(timeZone)
			.formatToParts(new Date(instant))
			.map((part) => [part.type, Number(part.value)])
	);
	const ms = ((instant % 1000) + 1000) % 1000;
	return Date.UTC(
		parts.year,
		parts.month - 1,
		parts.day,
		parts.hour,
		parts.minute,
		parts.second,
		ms
	);
}

/** The instant at which the zone's clock shows `wall`; twice corrected for DST changes. */
function fromWallClock(wall: number, timeZone: string): Date {
	const first = wall - (wallClock(wall, timeZone) - wall);
	return new Date(wall - (wallClock(first, timeZone) - first));
}

/**
 * `days` working days (Monday–Friday) after `from`, at the same time of day in `timeZone`.
 * Weekend days are skipped and do not count, so Saturday + 2 is Tuesday, like Friday + 2.
 */
export function addWorkingDays(
	from: Date,
	days: number,
	timeZone: string = ORGANISATION_TIME_ZONE
): Date {
	if (!Number.isInteger(days) || days < 0)
		throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
	const DAY = 86_400_000;
	let wall = wallClock(from.getTime(), timeZone);
	let left = days;
	while (left > 0) {
		wall += DAY;
		const weekday = new Date(wall).getUTCDay();
		if (weekday !== 0 && weekday !== 6) left--;
	}
	return fromWallClock(wall, timeZone);
}

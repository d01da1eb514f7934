// The period choice of the dashboards, kept in the URL as ?days=.
export const PERIOD_DAYS = [7, 30, 90, 365] as const;
export const DEFAULT_DAYS = 30;

export function parseDays(url: URL): number {
	const days = Number(url.searchParams.get('days'));
	return (PERIOD_DAYS as readonly number[]).includes(days) ? days : DEFAULT_DAYS;
}

// Runs a query repeatedly and reports the median and 95th percentile of its wall time.

export type Timing = { runs: number; median: number; p95: number; min: number; max: number };

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * Two warm-up runs (caches, plans), then `runs` timed runs, fewer when they exceed `budgetMs`
 * (but at least 5): slow raw scans would otherwise make a run take an hour.
 */
export async function timeRuns<T>(
	run: () => Promise<T>,
	runs: number,
	budgetMs = Infinity
): Promise<{ timing: Timing; result: T }> {
	let result = await run();
	result = await run();
	const times: number[] = [];
	const started = performance.now();
	while (times.length < runs && (times.length < 5 || performance.now() - started < budgetMs)) {
		const begin = performance.now();
		result = await run();
		times.push(performance.now() - begin);
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		timing: {
			runs: times.length,
			median: percentile(sorted, 0.5),
			p95: percentile(sorted, 0.95),
			min: sorted[0],
			max: sorted[sorted.length - 1]
		},
		result
	};
}

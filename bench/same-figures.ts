// Whether two figure objects (rollup and raw baseline) agree: numbers to 1e-9 relative, the rest
// exactly. The benchmark reports it per query, so a fast wrong answer cannot pass unnoticed.
export function sameFigures(a: unknown, b: unknown): boolean {
	if (typeof a === 'number' && typeof b === 'number')
		return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].every((key) =>
			sameFigures((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
		);
	}
	return a === b;
}

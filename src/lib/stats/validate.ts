/**
 * Input guards. Bad input here is always a programming error upstream (e.g. a Postgres COUNT
 * arriving as a string, or a score outside its scale), so we throw instead of returning a
 * plausible-looking number that would end up on a dashboard.
 */

export function assertCount(name: string, value: number): void {
	if (!Number.isSafeInteger(value) || value < 0) {
		throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
	}
}

export function assertFinite(name: string, value: number): void {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
	}
}

export function assertScaleAnswer(name: string, value: number, min: number, max: number): void {
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new RangeError(`${name} must be an integer ${min}–${max}, got ${String(value)}`);
	}
}

export function clamp(value: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, value));
}

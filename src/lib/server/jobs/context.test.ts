import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './context';

const policy = { maxAttempts: 12, baseDelayMs: 60_000, maxDelayMs: 3_600_000 };

describe('retryDelayMs', () => {
	it('doubles with every attempt up to the cap', () => {
		const middle = () => 0.5;
		expect([1, 2, 3, 4, 6, 7, 12].map((n) => retryDelayMs(n, policy, middle))).toEqual([
			60_000, 120_000, 240_000, 480_000, 1_920_000, 3_600_000, 3_600_000
		]);
	});

	it('spreads retries by up to 20 % either way', () => {
		expect(retryDelayMs(1, policy, () => 0)).toBe(48_000);
		expect(retryDelayMs(1, policy, () => 0.999_999)).toBe(72_000);
	});
});

// A small seeded PRNG (sfc32) so that demo data is reproducible on every machine: the same seed
// gives the same rows, which tests and benchmarks compare. Math.random cannot be seeded.

export type Random = {
	/** Uniform in [0, 1). */
	next: () => number;
	/** Integer in [0, n). */
	int: (n: number) => number;
	chance: (p: number) => boolean;
	pick: <T>(items: readonly T[]) => T;
	/** Standard normal (Box–Muller). */
	normal: () => number;
	/** Log-normal with the given median; sigma is the spread of the underlying normal. */
	logNormal: (median: number, sigma: number) => number;
	/** Raw 32-bit output, for token bytes. */
	uint32: () => number;
};

function sfc32(a: number, b: number, c: number, d: number): () => number {
	return () => {
		a |= 0;
		b |= 0;
		c |= 0;
		d |= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
}

/**
 * A generator for one purpose ("stream") of one seed. Separate streams keep one part of the
 * data stable when another part changes how many numbers it draws.
 */
export function createRandom(seed: number, stream = 0, index = 0): Random {
	const raw = sfc32(0x9e3779b9 ^ seed, stream * 0x85ebca6b, index ^ 0x27d4eb2f, seed + index);
	// The first outputs of sfc32 still echo the seed; skipping them decorrelates nearby seeds.
	for (let i = 0; i < 15; i++) raw();
	const next = () => raw() / 4294967296;
	let spare: number | null = null;
	const normal = () => {
		if (spare !== null) {
			const value = spare;
			spare = null;
			return value;
		}
		const u = 1 - next();
		const v = next();
		const radius = Math.sqrt(-2 * Math.log(u));
		spare = radius * Math.sin(2 * Math.PI * v);
		return radius * Math.cos(2 * Math.PI * v);
	};
	return {
		next,
		int: (n) => Math.floor(next() * n),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		normal,
		logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
		uint32: raw
	};
}

/** Cumulative weights for `pickIndex`; weights need not sum to 1. */
export function cumulative(weights: readonly number[]): Float64Array {
	const table = new Float64Array(weights.length);
	let sum = 0;
	weights.forEach((weight, i) => (table[i] = sum += weight));
	return table;
}

export function pickIndex(random: Random, table: Float64Array): number {
	const target = random.next() * table[table.length - 1];
	let low = 0;
	let high = table.length - 1;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (table[middle] > target) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** A bijection on 32-bit integers (Wellons' lowbias32): distinct inputs stay distinct. */
function scramble(x: number): number {
	x ^= x >>> 16;
	x = Math.imul(x, 0x7feb352d);
	x ^= x >>> 15;
	x = Math.imul(x, 0x846ca68b);
	x ^= x >>> 16;
	return x >>> 0;
}

/**
 * A 43-character base64url token (32 bytes) for invitation `id`. It is derived from the seed
 * and the id alone, so the writer can make tokens chunk by chunk without holding a million
 * strings. The last four bytes are a bijection of the id, which makes every token unique by
 * construction without showing a counter. Demo tokens are reproducible, so not secret.
 */
export function demoToken(seed: number, id: number): string {
	const random = createRandom(seed, 0x70c3, id);
	const bytes = Buffer.alloc(32);
	for (let i = 0; i < 28; i += 4) bytes.writeUInt32LE(random.uint32(), i);
	bytes.writeUInt32LE(scramble(id ^ (seed >>> 0)), 28);
	return bytes.toString('base64url');
}

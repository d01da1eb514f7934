// PostgreSQL array literals for `unnest($1::int[], ...)` bulk inserts. node-postgres would send a
// typed array as bytea and builds literals element by element, so the demo writer builds them
// itself from a row range; NULL is written unquoted, which the array parser reads as null.

type Cell = (row: number) => number | string | boolean | null;

function literal(from: number, to: number, cell: Cell, quote: boolean): string {
	const parts = new Array<string>(to - from);
	for (let row = from; row < to; row++) {
		const value = cell(row);
		if (value === null) parts[row - from] = 'NULL';
		else if (typeof value === 'boolean') parts[row - from] = value ? 't' : 'f';
		else if (quote) parts[row - from] = '"' + String(value).replace(/[\\"]/g, '\\$&') + '"';
		else parts[row - from] = String(value);
	}
	return '{' + parts.join(',') + '}';
}

/** Numbers, booleans and enum labels (which need no quoting). */
export function plainArray(from: number, to: number, cell: Cell): string {
	return literal(from, to, cell, false);
}

/** Free text: quoted and escaped. */
export function textArray(from: number, to: number, cell: Cell): string {
	return literal(from, to, cell, true);
}

/** SQL for an epoch-milliseconds bigint as timestamptz, exact to the millisecond. */
export function fromEpochMs(column: string): string {
	return `(timestamptz 'epoch' + (${column}) * interval '1 millisecond')`;
}

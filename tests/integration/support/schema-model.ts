// Reads prisma/schema.prisma through Prisma's own schema parser (the WASM build, no engine
// download) and describes the database it expects: tables, columns, types, nullability, unique
// and normal indexes, enums. The drift test compares that with the migrated database.
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import fs from 'node:fs';

export type ExpectedColumn = { table: string; column: string; type: string; nullable: boolean };
export type ExpectedSchema = {
	tables: string[];
	columns: ExpectedColumn[];
	/** "table(col1,col2)" for primary keys and unique constraints. */
	unique: string[];
	/** "table(col1,col2)" for plain indexes, in column order. */
	indexes: string[];
	enums: Record<string, string[]>;
};

type DmmfField = {
	name: string;
	dbName?: string | null;
	kind: 'scalar' | 'enum' | 'object';
	type: string;
	isList: boolean;
	isRequired: boolean;
	nativeType: [string, string[]] | null;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = {
	model: string;
	type: 'id' | 'unique' | 'normal' | string;
	fields: { name: string }[];
};
type DmmfEnum = {
	name: string;
	dbName: string | null;
	values: { name: string; dbName: string | null }[];
};

const SCALAR_TYPES: Record<string, string> = {
	String: 'text',
	Int: 'integer',
	BigInt: 'bigint',
	Boolean: 'boolean',
	Float: 'double precision',
	Decimal: 'numeric',
	DateTime: 'timestamp(3) without time zone',
	Json: 'jsonb',
	Bytes: 'bytea'
};

const NATIVE_TYPES: Record<string, string> = {
	SmallInt: 'smallint',
	Timestamptz: 'timestamp with time zone',
	Text: 'text',
	Uuid: 'uuid'
};

export function expectedSchema(schemaPath = 'prisma/schema.prisma'): ExpectedSchema {
	const source = fs.readFileSync(schemaPath, 'utf8');
	const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', source]] })))
		.datamodel as { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
	const enumNames = new Map(dmmf.enums.map((e) => [e.name, e.dbName ?? e.name]));
	const tableOf = new Map(dmmf.models.map((m) => [m.name, m.dbName ?? m.name]));
	const columnOf = (model: string, field: string) => {
		const found = dmmf.models.find((m) => m.name === model)?.fields.find((f) => f.name === field);
		return found?.dbName ?? field;
	};

	const columns: ExpectedColumn[] = [];
	for (const model of dmmf.models) {
		for (const field of model.fields) {
			if (field.kind === 'object') continue;
			let type =
				field.kind === 'enum'
					? enumNames.get(field.type)!
					: field.nativeType
						? (NATIVE_TYPES[field.nativeType[0]] ?? field.nativeType[0].toLowerCase())
						: SCALAR_TYPES[field.type];
			if (field.isList) type = `${type}[]`;
			columns.push({
				table: tableOf.get(model.name)!,
				column: field.dbName ?? field.name,
				type,
				nullable: !field.isRequired
			});
		}
	}
	const describe = (index: DmmfIndex) =>
		`${tableOf.get(index.model)}(${index.fields.map((f) => columnOf(index.model, f.name)).join(',')})`;
	return {
		tables: [...tableOf.values()].sort(),
		columns,
		unique: dmmf.indexes
			.filter((i) => i.type !== 'normal')
			.map(describe)
			.sort(),
		indexes: dmmf.indexes
			.filter((i) => i.type === 'normal')
			.map(describe)
			.sort(),
		enums: Object.fromEntries(
			dmmf.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)])
		)
	};
}

// A rule of the organisation was broken by the input: which field, and why. The message is an
// i18n catalogue key (src/lib/i18n), so the admin pages show it in the reader's language.
export class OrganisationError extends Error {
	constructor(
		readonly field: string,
		message: string,
		readonly values: Record<string, string | number> = {}
	) {
		super(message);
	}
}

/** Prisma's "unique constraint failed" (another request won a race for the same name). */
export function isUniqueViolation(error: unknown): boolean {
	return (
		typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002'
	);
}

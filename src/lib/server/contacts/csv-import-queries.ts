// CSV imports as the admin pages read them: the list, one import with its preview, its problems
// page by page, and the progress the page polls.
import { z } from 'zod';
import { AccessDenied } from '../auth/scope';
import type { PrismaClient } from '../db/generated/client';
import { pageOf, skipFor, type Page } from '../organisation/paging';
import type { CsvColumn } from './csv-import-columns';
import type { CsvImportStatus } from './csv-import';

export type CsvImportSummary = {
	id: number;
	fileName: string;
	status: CsvImportStatus;
	rowCount: number;
	errorCount: number;
	processedCount: number;
	createdCount: number | null;
	failureReason: string | null;
	createdAt: Date;
	startedAt: Date | null;
	finishedAt: Date | null;
	uploadedBy: string | null;
};

const summary = {
	id: true,
	fileName: true,
	status: true,
	rowCount: true,
	errorCount: true,
	processedCount: true,
	createdCount: true,
	failureReason: true,
	createdAt: true,
	startedAt: true,
	finishedAt: true,
	uploadedBy: { select: { name: true } }
} as const;

type SummaryRow = Omit<CsvImportSummary, 'uploadedBy'> & { uploadedBy: { name: string } | null };
const toSummary = (row: SummaryRow): CsvImportSummary => ({
	...row,
	uploadedBy: row.uploadedBy?.name ?? null
});

export const importListInput = z.object({ page: z.number().int().min(1).default(1) });

export async function listCsvImports(
	prisma: PrismaClient,
	input: z.input<typeof importListInput>
): Promise<Page<CsvImportSummary>> {
	const { page } = importListInput.parse(input);
	const [rows, total] = await Promise.all([
		prisma.csvImport.findMany({
			select: summary,
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			...skipFor(page)
		}),
		prisma.csvImport.count()
	]);
	return pageOf(rows.map(toSummary), total, page);
}

export async function getCsvImport(prisma: PrismaClient, id: number) {
	const row = await prisma.csvImport.findUnique({
		where: { id },
		select: { ...summary, delimiter: true, columns: true, preview: true }
	});
	if (!row) throw new AccessDenied(404);
	const { columns, preview, ...rest } = row;
	// Rows are kept for a clean file until it is imported, also after a failed import (retry).
	const kept = await prisma.csvImportRow.findFirst({
		where: { importId: id },
		select: { rowNumber: true }
	});
	return {
		...toSummary(rest),
		columns: columns as CsvColumn[],
		preview: preview as string[][],
		importable:
			(row.status === 'validated' || row.status === 'failed') && row.errorCount === 0 && !!kept
	};
}

/** The problems of a file, 50 per page, in the order found. */
export async function listCsvImportErrors(prisma: PrismaClient, id: number, page: number) {
	if (!(await prisma.csvImport.count({ where: { id } }))) throw new AccessDenied(404);
	const [items, total] = await Promise.all([
		prisma.csvImportError.findMany({
			where: { importId: id },
			orderBy: { position: 'asc' },
			select: { rowNumber: true, field: true, message: true },
			...skipFor(page)
		}),
		prisma.csvImportError.count({ where: { importId: id } })
	]);
	return pageOf(items, total, page);
}

/** What the progress bar needs; cheap enough to ask every second. */
export async function csvImportProgress(prisma: PrismaClient, id: number) {
	const row = await prisma.csvImport.findUnique({
		where: { id },
		select: { status: true, rowCount: true, processedCount: true, errorCount: true }
	});
	if (!row) throw new AccessDenied(404);
	return row;
}

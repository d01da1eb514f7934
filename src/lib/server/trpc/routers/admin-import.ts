// Admin: CSV import of contacts. Upload stores the file and queues its check; start moves a
// clean file to `importing` (once, however often it is clicked) and queues the import.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { uploadCsv, uploadInput, validateCsvImport } from '../../contacts/csv-import';
import {
	csvImportProgress,
	getCsvImport,
	importListInput,
	listCsvImportErrors,
	listCsvImports
} from '../../contacts/csv-import-queries';
import { runCsvImport, startCsvImport } from '../../contacts/csv-import-run';
import { queueCsvImport } from '../../jobs/csv-import-jobs';
import { router } from '../init';
import { adminProcedure } from './admin-procedure';

const id = z.number().int().positive();

/** Without a queue in this process (KS_WORKERS=0) the step runs here, after the answer. */
function runHere(step: Promise<unknown>, importId: number) {
	step.catch((error: Error) => console.error(`CSV import ${importId}: ${error.message}`));
}

export const importsRouter = router({
	list: adminProcedure
		.input(importListInput)
		.query(({ ctx, input }) => listCsvImports(ctx.db.prisma, input)),
	get: adminProcedure
		.input(z.object({ id }))
		.query(({ ctx, input }) => getCsvImport(ctx.db.prisma, input.id)),
	errors: adminProcedure
		.input(z.object({ id, page: z.number().int().min(1).default(1) }))
		.query(({ ctx, input }) => listCsvImportErrors(ctx.db.prisma, input.id, input.page)),
	progress: adminProcedure
		.input(z.object({ id }))
		.query(({ ctx, input }) => csvImportProgress(ctx.db.prisma, input.id)),
	upload: adminProcedure.input(uploadInput).mutation(async ({ ctx, input }) => {
		const importId = await uploadCsv(ctx.db.prisma, input, ctx.user.id);
		if (!(await queueCsvImport('validate', importId)))
			runHere(validateCsvImport(ctx.db.pool, importId), importId);
		return { id: importId };
	}),
	/** `started: false` when it was already started (a double click) or cannot be imported. */
	start: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
		const started = await startCsvImport(ctx.db.pool, input.id);
		if (!started) {
			const exists = await ctx.db.prisma.csvImport.count({ where: { id: input.id } });
			if (!exists) throw new TRPCError({ code: 'NOT_FOUND', message: 'Not found' });
			return { started: false };
		}
		if (!(await queueCsvImport('run', input.id)))
			runHere(runCsvImport(ctx.db.pool, input.id), input.id);
		return { started: true };
	})
});

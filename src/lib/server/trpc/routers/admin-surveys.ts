// Admin: survey programs. The input is the program's fields at the top level (with `id` for an
// update), so validation errors name the form field directly.
import { z } from 'zod';
import {
	createProgram,
	getProgram,
	listPrograms,
	programFormOptions,
	programInput,
	setProgramActive,
	updateProgram
} from '../../surveys/programs';
import { router } from '../init';
import { adminProcedure } from './admin-procedure';

const id = z.number().int().positive();

export const surveysRouter = router({
	list: adminProcedure.query(({ ctx }) => listPrograms(ctx.db.prisma)),
	get: adminProcedure
		.input(z.object({ id }))
		.query(({ ctx, input }) => getProgram(ctx.db.prisma, input.id)),
	formOptions: adminProcedure
		.input(z.object({ id: id.nullable().default(null) }))
		.query(({ ctx, input }) => programFormOptions(ctx.db.prisma, input.id)),
	create: adminProcedure
		.input(programInput)
		.mutation(async ({ ctx, input }) => ({ id: await createProgram(ctx.db.prisma, input) })),
	update: adminProcedure
		.input(z.object({ id }).and(programInput))
		.mutation(({ ctx, input }) => updateProgram(ctx.db.prisma, input.id, input)),
	setActive: adminProcedure
		.input(z.object({ id, active: z.boolean() }))
		.mutation(({ ctx, input }) => setProgramActive(ctx.db.prisma, input.id, input.active))
});

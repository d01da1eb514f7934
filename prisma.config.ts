import { defineConfig } from 'prisma/config';

// The CLI reads this; the app itself connects through @prisma/adapter-pg (src/lib/server/db).
// `prisma migrate deploy`/`status` work here on a machine that has Prisma's schema engine; the
// app applies the same SQL migrations itself at start (src/lib/server/db/migrate.ts).
export default defineConfig({
	schema: 'prisma/schema.prisma',
	migrations: { path: 'prisma/migrations' },
	datasource: { url: process.env.DATABASE_URL ?? '' }
});

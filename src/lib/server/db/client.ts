// The one Prisma client of a process, over a node-postgres pool that raw bulk SQL (seeding,
// imports, rollups) shares, so the app holds one set of connections.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client';

/** PostgreSQL is shutting down (57P01): expected when the app stops, not worth a log line. */
export function isShutdownError(error: unknown): boolean {
	return (error as { code?: string }).code === '57P01';
}

export type Database = {
	prisma: PrismaClient;
	pool: pg.Pool;
	close: () => Promise<void>;
};

export function openDatabase(connectionString: string, max = 10): Database {
	const pool = new pg.Pool({ connectionString, max });
	// An idle client that loses its server (restart, failover) must not crash the process.
	pool.on('error', (error) => {
		if (!isShutdownError(error)) console.error('PostgreSQL pool error:', error.message);
	});
	const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
	return {
		prisma,
		pool,
		close: async () => {
			await prisma.$disconnect();
			await pool.end().catch(() => undefined);
		}
	};
}

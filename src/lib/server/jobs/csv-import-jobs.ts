// The CSV import's two jobs: `csv-import.validate` checks an uploaded file, `csv-import.run`
// imports a checked one. Both run in the background so a 100,000-row file never holds up a
// request. The import's status in csv_import, not the job, is the truth: a job that finds its
// import in another state does nothing, so retries and duplicates are harmless. pg-boss's own
// retries only cover a worker that died mid-job (the transaction then rolled back by itself).
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import { runCsvImport } from '../contacts/csv-import-run';
import { validateCsvImport } from '../contacts/csv-import';

const QUEUES = { validate: 'csv-import.validate', run: 'csv-import.run' } as const;
export type CsvImportStep = keyof typeof QUEUES;

type Options = {
	pool: pg.Pool;
	/** Wakes the survey e-mail dispatcher: imported contacts may have invitations due. */
	wake: () => Promise<unknown>;
};

// On globalThis like the queue itself, so Vite's module reloading keeps it.
const holder = globalThis as unknown as { __klantstemCsvImportBoss?: PgBoss | null };

export async function registerCsvImportJobs(boss: PgBoss, { pool, wake }: Options) {
	for (const [step, name] of Object.entries(QUEUES))
		await boss.createQueue(name, {
			name,
			policy: 'short',
			retryLimit: 2,
			retryDelay: 10,
			// A 100,000-row import takes about a minute; far above that a worker is gone.
			expireInSeconds: step === 'run' ? 4 * 3600 : 3600
		});
	const options = { pollingIntervalSeconds: 1, batchSize: 1 };
	await boss.work<{ importId: number }>(QUEUES.validate, options, async ([job]) => {
		await validateCsvImport(pool, job.data.importId);
	});
	await boss.work<{ importId: number }>(QUEUES.run, options, async ([job]) => {
		const outcome = await runCsvImport(pool, job.data.importId);
		if (outcome.status === 'failed')
			console.warn(`CSV import ${job.data.importId} failed: ${outcome.reason}`);
		if (outcome.status === 'done') await wake().catch(() => undefined);
	});
	holder.__klantstemCsvImportBoss = boss;
}

/**
 * Queues a step; false when this process has no running queue (KS_WORKERS=0, scripts, tests).
 * The singleton key keeps a double submit from queueing a step twice.
 */
export async function queueCsvImport(step: CsvImportStep, importId: number): Promise<boolean> {
	const boss = holder.__klantstemCsvImportBoss;
	if (!boss) return false;
	try {
		await boss.send(QUEUES[step], { importId }, { singletonKey: `${step}-${importId}` });
		return true;
	} catch (error) {
		console.error(`Could not queue CSV import ${importId} (${step}): ${(error as Error).message}`);
		return false;
	}
}

export function forgetCsvImportQueue() {
	holder.__klantstemCsvImportBoss = null;
}

// The job queue: pg-boss in the app's own database (schema `pgboss`), so there is no extra
// server to run and every app process can work the same queues.
// - `invitations.dispatch` runs every minute and when woken (new invitations): it tidies up and
//   queues one `invitation.send` job per due e-mail.
// - `invitation.send` sends one invitation or reminder (invitation-send.ts). After a refusal the
//   invitation row holds the back-off time (retry_at) and the job queues its own next attempt
//   for then. The row, not pg-boss's retry counter, holds the attempts, so a lost job, a restart
//   or the per-minute dispatcher never resets or shortens the back-off; pg-boss's own retries
//   only cover a handler that crashed (e.g. the database was briefly unreachable).
// - `csv-import.validate` and `csv-import.run` check and import uploaded CSV files
//   (csv-import-jobs.ts).
// The e-mail queues use the `short` policy: at most one waiting job per singleton key, so an
// e-mail is never queued twice however many dispatchers run. The claim in invitation-send.ts is
// what finally keeps a customer from getting it twice.
import PgBoss from 'pg-boss';
import { isShutdownError } from '../db/client';
import { dispatchContext, type DispatchContext } from './context';
import { dispatchDue, type DueMail } from './dispatch';
import { forgetCsvImportQueue, registerCsvImportJobs } from './csv-import-jobs';
import { sendSurveyMail } from './invitation-send';

const DISPATCH = 'invitations.dispatch';
const SEND = 'invitation.send';

export type WorkerOptions = {
	/** Overrides of the process defaults (database pool, transport, mail settings, retry policy). */
	context?: Partial<DispatchContext>;
	/** Parallel send workers in this process. */
	sendWorkers?: number;
	pollingIntervalSeconds?: number;
	/** The recurring dispatcher run; null = none (tests wake it themselves). */
	cron?: string | null;
};

type Running = { boss: PgBoss; context: DispatchContext };

// On globalThis, like the database handle, so Vite's module reloading starts no second set.
const holder = globalThis as unknown as { __klantstemJobs?: Promise<Running> };

const sendKey = (mail: DueMail) => `${mail.kind}-${mail.invitationId}`;

async function start(connectionString: string, options: WorkerOptions): Promise<Running> {
	const boss = new PgBoss({ connectionString, max: 4, application_name: 'klantstem-jobs' });
	boss.on('error', (error) => {
		if (!isShutdownError(error)) console.error(`Job queue: ${error.message}`);
	});
	await boss.start();
	try {
		// Created once per database (later calls change nothing).
		await boss.createQueue(DISPATCH, {
			name: DISPATCH,
			policy: 'short',
			retryLimit: 2,
			retryDelay: 5,
			expireInSeconds: 300
		});
		await boss.createQueue(SEND, {
			name: SEND,
			policy: 'short',
			retryLimit: 5,
			retryDelay: 30,
			retryBackoff: true,
			// Well above the transport's 2-minute send deadline.
			expireInSeconds: 600
		});
		const context = dispatchContext(options.context);
		const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

		await boss.work(DISPATCH, polling, async () => {
			const result = await dispatchDue(context, null, async (mails) => {
				await boss.insert(mails.map((data) => ({ name: SEND, data, singletonKey: sendKey(data) })));
			});
			if (result.outcomeUnknown > 0)
				console.warn(
					`Survey e-mail: ${result.outcomeUnknown} e-mail(s) whose sender stopped mid-send recorded as sent (outcome unknown)`
				);
		});

		for (let i = 0; i < (options.sendWorkers ?? 2); i++)
			await boss.work<DueMail>(SEND, { ...polling, batchSize: 1 }, async ([job]) => {
				const outcome = await sendSurveyMail(context, job.data.kind, job.data.invitationId);
				if (outcome.result === 'retry')
					await boss.send(SEND, job.data, {
						singletonKey: sendKey(job.data),
						startAfter: outcome.retryAt
					});
				else if (outcome.result === 'failed' || outcome.result === 'unknown')
					console.warn(`Survey e-mail ${sendKey(job.data)}: ${outcome.error}`);
			});

		await registerCsvImportJobs(boss, {
			pool: context.pool,
			wake: () => boss.send(DISPATCH, {}, { singletonKey: 'wake' })
		});

		if (options.cron !== null) await boss.schedule(DISPATCH, options.cron ?? '* * * * *');
		await boss.send(DISPATCH, {}, { singletonKey: 'wake' });
		return { boss, context };
	} catch (error) {
		await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
		throw error;
	}
}

/** Starts the queue and its workers in this process (once; later calls wait for the first). */
export async function startWorkers(
	connectionString: string,
	options: WorkerOptions = {}
): Promise<void> {
	holder.__klantstemJobs ??= start(connectionString, options);
	holder.__klantstemJobs.catch(() => (holder.__klantstemJobs = undefined));
	await holder.__klantstemJobs;
}

/** Lets running sends finish (up to 15 s), then stops polling and closes the queue's connections. */
export async function stopWorkers(): Promise<void> {
	const pending = holder.__klantstemJobs;
	holder.__klantstemJobs = undefined;
	forgetCsvImportQueue();
	const running = await pending?.catch(() => null);
	if (!running) return;
	await running.boss.stop({ graceful: true, wait: true, timeout: 15_000 });
}

/**
 * Asks for a dispatcher run now, e.g. after new invitations were scheduled. Never throws: in a
 * process without workers, or when the queue is unreachable, the recurring run sends them
 * within a minute.
 */
export async function wakeDispatcher(): Promise<void> {
	const running = await holder.__klantstemJobs?.catch(() => null);
	if (!running) return;
	try {
		await running.boss.send(DISPATCH, {}, { singletonKey: 'wake' });
	} catch (error) {
		console.error(`Could not wake the survey e-mail dispatcher: ${(error as Error).message}`);
	}
}

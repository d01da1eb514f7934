// Background jobs: survey e-mail dispatch. The functions below use this process's database,
// mail transport and settings; tests call the modules' context-taking versions directly.
import { dispatchContext } from './context';
import { dispatchDue as dispatchDueWith, type DispatchResult } from './dispatch';
import { sendSurveyMail, type SendOutcome } from './invitation-send';

export { startWorkers, stopWorkers, wakeDispatcher, type WorkerOptions } from './queue';
export type { DispatchContext, RetryPolicy } from './context';
export type { DispatchResult, DueMail } from './dispatch';
export type { SendOutcome } from './invitation-send';

/** One dispatcher run that sends the due e-mails itself, without the queue (scripts, tests). */
export function dispatchDue(now: Date | null = null): Promise<DispatchResult> {
	return dispatchDueWith(dispatchContext(), now);
}

export function sendInvitation(id: number, now: Date | null = null): Promise<SendOutcome> {
	return sendSurveyMail(dispatchContext(), 'invitation', id, now);
}

export function sendReminder(id: number, now: Date | null = null): Promise<SendOutcome> {
	return sendSurveyMail(dispatchContext(), 'reminder', id, now);
}

// Survey tokens are the only key to a customer's survey page, so they must be unguessable:
// 32 random bytes (256 bits), base64url so they fit in a URL without escaping.
import { randomBytes } from 'node:crypto';
import { config } from '../env';

export function newSurveyToken(): string {
	return randomBytes(32).toString('base64url');
}

/** The public survey link; ORIGIN decides the host, as in the e-mails. */
export function surveyUrl(token: string, origin: string = config().origin): string {
	return `${origin}/s/${token}`;
}

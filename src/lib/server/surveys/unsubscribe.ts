// Opting out of surveys from the link in every invitation (/unsubscribe/<token>), and back in.
// The token identifies the customer, so no sign-in is needed and no other site can forge the
// request (it would need the token). Opted-out customers get no new invitations (eligibility
// rule `opted_out`) and their scheduled ones are suppressed by the dispatcher.
//
// Besides the page's own form, mail clients send RFC 8058 one-click requests: a POST to the
// List-Unsubscribe address with the body `List-Unsubscribe=One-Click`, without a browser, cookies
// or an Origin header.
import type { PrismaClient } from '../db/generated/client';

export type UnsubscribeInvitation = {
	locale: 'nl' | 'en';
	senderName: string;
	optedOut: boolean;
};

const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/** Unknown, malformed and suppressed tokens (never sent) give null. */
export async function findUnsubscribeInvitation(
	prisma: PrismaClient,
	token: string
): Promise<UnsubscribeInvitation | null> {
	if (!TOKEN.test(token)) return null;
	const row = await prisma.invitation.findUnique({
		where: { token },
		select: {
			status: true,
			locale: true,
			program: { select: { senderName: true } },
			customer: { select: { optedOutAt: true } }
		}
	});
	if (!row || row.status === 'suppressed') return null;
	return {
		locale: row.locale,
		senderName: row.program?.senderName.trim() || 'Klantstem',
		optedOut: row.customer.optedOutAt !== null
	};
}

/**
 * Opts the invitation's customer out (keeping the first opt-out moment when asked twice) or back
 * in. False for an unknown or suppressed token. Expired invitations still work: an old e-mail's
 * link must keep unsubscribing.
 */
export async function setSurveyOptOut(
	prisma: PrismaClient,
	token: string,
	optOut: boolean,
	now: Date
): Promise<boolean> {
	if (!TOKEN.test(token)) return false;
	const changed = await prisma.$executeRaw`
		UPDATE customer c
		   SET opted_out_at = CASE WHEN ${optOut} THEN coalesce(c.opted_out_at, ${now}) ELSE NULL END,
		       updated_at = ${now}
		  FROM invitation i
		 WHERE i.token = ${token} AND i.status <> 'suppressed' AND c.id = i.customer_id`;
	return changed > 0;
}

export type UnsubscribeIntent = 'opt-out' | 'opt-in' | 'one-click';

/**
 * What a POST body asks: the page's buttons send `intent`, mail clients the RFC 8058 body
 * (as application/x-www-form-urlencoded or multipart/form-data). Anything else is null.
 */
export async function readUnsubscribeIntent(request: Request): Promise<UnsubscribeIntent | null> {
	const type = request.headers.get('content-type') ?? '';
	let fields: URLSearchParams | FormData;
	try {
		fields = /multipart\/form-data/i.test(type)
			? await request.formData()
			: new URLSearchParams((await request.text()).trim());
	} catch {
		return null;
	}
	if (fields.get('List-Unsubscribe') === 'One-Click') return 'one-click';
	const intent = fields.get('intent');
	return intent === 'opt-out' || intent === 'opt-in' ? intent : null;
}

/** Where the page's form returns to after a change, in the language the customer chose. */
export function unsubscribePagePath(token: string, url: URL, done: 'out' | 'in'): string {
	const params = new URLSearchParams({ done });
	const lang = url.searchParams.get('lang');
	if (lang === 'nl' || lang === 'en') params.set('lang', lang);
	return `/unsubscribe/${token}?${params}`;
}

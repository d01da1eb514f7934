import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId } from '../../../../route-params';
import type { PageServerLoad } from './$types';

// The mail's HTML is shown in a sandboxed iframe (no scripts, no same-origin access) whose own
// Content-Security-Policy blocks every remote resource: no tracking pixels, nothing fetched.
const CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'";

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	const message = await call(() => caller(event).admin.mailbox.get({ id }));
	const srcdoc = message.html
		? `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><base target="_blank"></head><body>${message.html}</body></html>`
		: null;
	return {
		message: {
			id: message.id,
			from: message.from,
			to: message.to,
			subject: message.subject,
			text: message.text,
			createdAt: message.createdAt
		},
		srcdoc
	};
};

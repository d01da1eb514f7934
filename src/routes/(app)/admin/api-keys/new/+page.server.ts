// Creating a key answers with the key itself on the page that follows the POST, and nowhere
// else: it is not stored (only its hash), not put in a URL and not kept in a cookie. Reloading
// that page asks the browser to send the form again, which makes another key, never this one.
import { config } from '$lib/server/env';
import { caller } from '$lib/server/trpc/caller';
import { attempt, text } from '../../form.server';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = {
			name: text(form, 'name'),
			rateLimitPerMinute: text(form, 'rateLimitPerMinute')
		};
		const rate = values.rateLimitPerMinute.trim();
		const result = await attempt(event.locals.locale, 'create', values, () =>
			caller(event).admin.apiKeys.create({
				name: values.name,
				rateLimitPerMinute: rate === '' ? Number.NaN : Number(rate)
			})
		);
		if (!result.ok) return result.failure;
		const { id, name, prefix, rateLimitPerMinute, key } = result.value;
		event.setHeaders({ 'Cache-Control': 'no-store' });
		return { created: { id, name, prefix, rateLimitPerMinute, key }, origin: config().origin };
	}
};

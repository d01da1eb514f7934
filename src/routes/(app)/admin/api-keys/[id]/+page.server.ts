import { redirect, type RequestEvent } from '@sveltejs/kit';
import { caller, load as call } from '$lib/server/trpc/caller';
import { numericId } from '../../../../route-params';
import { attempt, text } from '../../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = numericId(event.params.id);
	return { key: await call(() => caller(event).admin.apiKeys.get({ id })) };
};

const numberOrNaN = (raw: string) => (raw.trim() === '' ? Number.NaN : Number(raw));

export const actions: Actions = {
	rename: async (event: RequestEvent<{ id: string }>) => {
		const id = numericId(event.params.id);
		const name = text(await event.request.formData(), 'name');
		const result = await attempt(event.locals.locale, 'rename', { name }, () =>
			caller(event).admin.apiKeys.rename({ id, name })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/api-keys/${id}?notice=renamed`);
	},
	rate: async (event: RequestEvent<{ id: string }>) => {
		const id = numericId(event.params.id);
		const rateLimitPerMinute = text(await event.request.formData(), 'rateLimitPerMinute');
		const result = await attempt(event.locals.locale, 'rate', { rateLimitPerMinute }, () =>
			caller(event).admin.apiKeys.setRateLimit({
				id,
				rateLimitPerMinute: numberOrNaN(rateLimitPerMinute)
			})
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/api-keys/${id}?notice=rateSaved`);
	},
	revoke: async (event: RequestEvent<{ id: string }>) => {
		const id = numericId(event.params.id);
		const result = await attempt(event.locals.locale, 'revoke', {}, () =>
			caller(event).admin.apiKeys.revoke({ id })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/api-keys/${id}?notice=revoked`);
	}
};

import { redirect } from '@sveltejs/kit';
import { i18nFor } from '$lib/i18n';
import { MAX_CSV_BYTES } from '$lib/server/contacts/csv-import';
import { caller, load as call } from '$lib/server/trpc/caller';
import { pageParam } from '../../../route-params';
import { attempt, invalid } from '../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	imports: await call(() => caller(event).admin.imports.list({ page: pageParam(event.url) })),
	maxBytes: MAX_CSV_BYTES
});

export const actions: Actions = {
	upload: async (event) => {
		const i18n = i18nFor(event.locals.locale);
		const refuse = (key: Parameters<typeof i18n.t>[0]) =>
			invalid('upload', {}, { file: i18n.t(key) });
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch (error) {
			// The server's body limit (BODY_SIZE_LIMIT) cut the upload off.
			const declared = Number(event.request.headers.get('content-length'));
			if ((error as { status?: number }).status === 413 || declared > MAX_CSV_BYTES)
				return refuse('admin.import.errorTooLarge');
			throw error;
		}
		const file = form.get('file');
		if (!(file instanceof File) || (file.size === 0 && file.name === ''))
			return refuse('admin.import.errorNoFile');
		if (file.size > MAX_CSV_BYTES) return refuse('admin.import.errorTooLarge');
		let content: string;
		try {
			content = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			return refuse('admin.import.errorNotUtf8');
		}
		const result = await attempt(event.locals.locale, 'upload', {}, () =>
			caller(event).admin.imports.upload({ fileName: file.name, content })
		);
		if (!result.ok) return result.failure;
		redirect(303, `/admin/import/${result.value.id}`);
	}
};

import type { LayoutServerLoad } from './$types';

// The request's language (cookie > profile > Accept-Language > nl, see hooks.server.ts) for
// every page's translator.
export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });

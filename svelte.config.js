import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build' }),
		// The cross-site form POST check lives in hooks.server.ts (csrfCheck): SvelteKit's own check
		// runs before any hook and would refuse the RFC 8058 one-click unsubscribe of mail clients.
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;

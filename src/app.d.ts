// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '$lib/server/auth/session-user';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			locale: 'nl' | 'en';
		}
		interface Error {
			message: string;
		}
		interface PageData {
			locale?: 'nl' | 'en';
		}
	}
}

export {};

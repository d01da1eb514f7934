import type { Database } from '../db';
import { db } from '../db';
import type { SessionUser } from '../auth/session-user';

export type Context = { user: SessionUser | null; locale: 'nl' | 'en'; db: Database };

export function createContext(user: SessionUser | null, locale: 'nl' | 'en' = 'nl'): Context {
	return { user, locale, db: db() };
}

// The one place that reads the server's environment. Everything is checked at start so that a
// wrong setting stops the app with a message that names the variable, not a stack trace later.
import path from 'node:path';

export class ConfigError extends Error {}

export type ServerConfig = {
	/** External PostgreSQL; null = embedded PostgreSQL under dataDir. */
	databaseUrl: string | null;
	dataDir: string;
	embeddedPgPort: number;
	smtpUrl: string | null;
	mailFrom: string;
	origin: string;
	demo: boolean;
	/** Contacts the demo generator creates on first start. */
	demoContacts: number;
	/** Start the background job workers in this process. */
	workers: boolean;
};

function port(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1 || value > 65535)
		throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}"`);
	return value;
}

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
	if (raw === undefined || raw === '') return fallback;
	if (raw === '1' || raw === 'true') return true;
	if (raw === '0' || raw === 'false') return false;
	throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

function url(name: string, raw: string | undefined, protocols: string[]): string | null {
	if (raw === undefined || raw === '') return null;
	let parsed: URL;
	try {
		parsed = new URL(raw);
	} catch {
		throw new ConfigError(`${name} is not a valid URL`);
	}
	if (!protocols.includes(parsed.protocol))
		throw new ConfigError(`${name} must start with ${protocols.join(' or ')}//`);
	return raw;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
	const databaseUrl = url('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']);
	const appPort = port('PORT', env.PORT, 3000);
	const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : 'localhost';
	const origin = url('ORIGIN', env.ORIGIN, ['http:', 'https:']) ?? `http://${host}:${appPort}`;
	const demoContacts = Number(env.KS_DEMO_CONTACTS ?? 50_000);
	if (!Number.isInteger(demoContacts) || demoContacts < 0)
		throw new ConfigError(`KS_DEMO_CONTACTS must be a whole number, got "${env.KS_DEMO_CONTACTS}"`);
	return {
		databaseUrl,
		dataDir: path.resolve(env.KS_DATA_DIR || '.data'),
		embeddedPgPort: port('KS_PG_PORT', env.KS_PG_PORT, 54329),
		smtpUrl: url('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']),
		mailFrom: env.MAIL_FROM || 'Klantstem <no-reply@klantstem.local>',
		origin: origin.replace(/\/$/, ''),
		demo: flag('KS_DEMO', env.KS_DEMO, databaseUrl === null),
		demoContacts,
		workers: flag('KS_WORKERS', env.KS_WORKERS, true)
	};
}

let cached: ServerConfig | null = null;

export function config(): ServerConfig {
	cached ??= readConfig();
	return cached;
}

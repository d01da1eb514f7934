// What the server knows about the signed-in user on every request (event.locals.user).
export type Role = 'admin' | 'director' | 'team_lead' | 'agent';

export type SessionUser = {
	id: string;
	name: string;
	email: string;
	role: Role;
	locale: 'nl' | 'en';
	/** The agent this user is (role agent). */
	agentId: number | null;
	/** The teams this user leads (role team_lead). */
	teamIds: number[];
};

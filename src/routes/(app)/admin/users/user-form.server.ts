// Reads the user form (components/admin/UserForm.svelte) into the procedure's input.
import type { UserInput } from '$lib/server/auth/users';
import { numbers, optionalNumber, strings, text } from '../form.server';

export function userFromForm(form: FormData) {
	const role = text(form, 'role');
	const locale = text(form, 'locale');
	const values = {
		name: text(form, 'name'),
		email: text(form, 'email'),
		role,
		locale,
		teamIds: strings(form, 'teamIds'),
		agentId: text(form, 'agentId')
	};
	// Team choices only mean something for team leads, the agent only for agents: without
	// JavaScript all fields show, and what does not apply to the chosen role is ignored.
	const input: UserInput = {
		name: values.name,
		email: values.email,
		role: role as UserInput['role'],
		locale: (locale || 'nl') as UserInput['locale'],
		teamIds: role === 'team_lead' ? numbers(form, 'teamIds') : [],
		agentId: role === 'agent' ? optionalNumber(form, 'agentId') : null
	};
	return { values, input };
}

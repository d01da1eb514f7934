// Reads the agent form (components/admin/AgentForm.svelte) into the procedure's input.
import { optionalNumber, text } from '../form.server';

export function agentFromForm(form: FormData) {
	const values = {
		externalId: text(form, 'externalId'),
		name: text(form, 'name'),
		email: text(form, 'email'),
		teamId: text(form, 'teamId')
	};
	const input = {
		externalId: values.externalId,
		name: values.name,
		email: values.email,
		teamId: optionalNumber(form, 'teamId')
	};
	return { values, input };
}

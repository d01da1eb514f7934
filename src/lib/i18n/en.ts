// English catalogue; typed by the Dutch one so both always have the same keys.
import type { Messages } from './nl';

export const en: Messages = {
	app: {
		name: 'Klantstem',
		skipToContent: 'Skip to content',
		signedInAs: 'Signed in as',
		signOut: 'Sign out'
	},
	nav: {
		label: 'Main menu',
		overview: 'Overview',
		teams: 'Teams',
		team: 'Team {{name}}',
		me: 'My feedback',
		admin: 'Admin'
	},
	roles: {
		admin: 'Admin',
		director: 'Director',
		team_lead: 'Team lead',
		agent: 'Agent'
	},
	lang: {
		label: 'Language',
		nl: 'Nederlands',
		en: 'English'
	},
	common: {
		save: 'Save',
		cancel: 'Cancel',
		search: 'Search',
		filter: 'Filter',
		status: 'Status',
		active: 'Active',
		inactive: 'Inactive',
		deactivated: 'Deactivated',
		archived: 'Archived',
		optional: 'Optional',
		statusActive: 'Active',
		statusDeactivated: 'Deactivated',
		statusArchived: 'Archived',
		statusAll: 'All'
	},
	auth: {
		email: 'E-mail address',
		password: 'Password',
		login: {
			title: 'Sign in',
			intro: 'Sign in with your e-mail address and password.',
			submit: 'Sign in',
			forgot: 'Forgot your password?',
			incorrect: 'E-mail or password is incorrect.',
			deactivated: 'This account has been deactivated. Ask an admin to reactivate it.'
		},
		logout: {
			title: 'Sign out',
			question: 'You are signed in as {{name}}. Do you want to sign out?'
		},
		reset: {
			title: 'Reset password',
			intro: 'Enter your e-mail address. We will send you a link to choose a new password.',
			send: 'Send link',
			sent: 'If the address is known, a link was sent. The link works for one hour.',
			backToLogin: 'Back to sign in',
			choose: 'Choose a new password of at least {{min}} characters.',
			newPassword: 'New password',
			confirmPassword: 'Repeat the password',
			hint: 'At least {{min}} characters.',
			save: 'Save password',
			done: 'Your password has been changed. You can sign in now.',
			signIn: 'Go to sign in',
			invalidToken: 'This link is invalid or has expired.',
			again: 'Ask for a new link.'
		}
	},
	errors: {
		required: 'Fill in this field.',
		invalid: 'This value is not valid.',
		invalidChoice: 'Choose one of the options.',
		tooLong: 'This is too long.',
		nameRequired: 'Enter a name.',
		emailRequired: 'Enter your e-mail address.',
		emailInvalid: 'Enter a valid e-mail address.',
		emailTaken: 'A user with this e-mail address already exists.',
		passwordRequired: 'Enter your password.',
		passwordTooShort: 'Use at least {{min}} characters.',
		passwordMismatch: 'The passwords do not match.',
		agentRequired: 'Choose the agent this user is.',
		agentTaken: 'This agent already has a user ({{email}}).',
		onlyLeadsLeadTeams: 'Only team leads lead teams.',
		ownRole: 'You cannot take away your own admin role.',
		deactivateSelf: 'You cannot deactivate your own account.',
		teamNameRequired: 'Enter a team name.',
		teamNameTaken: 'A team with this name already exists.',
		teamNotFound: 'This team does not exist.',
		teamArchived: 'This team is archived; choose an active team.',
		externalIdRequired: 'Enter the agent code.',
		externalIdTaken: 'An agent with this code already exists.',
		forbidden: 'You do not have access.',
		notFound: 'Not found.'
	},
	errorPage: {
		status: 'Error {{status}}',
		home: 'Go to the start page',
		forbidden: {
			title: 'No access',
			text: 'Your role does not give access to this page.'
		},
		notFound: {
			title: 'Page not found',
			text: 'This page does not exist, or it is outside what you may see.'
		},
		signIn: {
			title: 'Please sign in again',
			text: 'Your session has ended. Sign in again to continue.'
		},
		other: {
			title: 'Something went wrong',
			text: 'Something went wrong on our side. Please try again later.'
		}
	},
	period: {
		label: 'Period',
		lastDays_one: 'Last day',
		lastDays_other: 'Last {{count}} days',
		apply: 'Show'
	},
	metrics: {
		interval: '95 % interval {{range}}',
		answers_one: 'n = {{n}} answer',
		answers_other: 'n = {{n}} answers',
		contacts_one: 'n = {{n}} contact',
		contacts_other: 'n = {{n}} contacts',
		noAnswers: 'No answers in this period.',
		noContacts: 'No contacts whose 7-day window has closed.',
		explainInterval:
			'The 95 % interval shows how certain a figure is: with few answers it is wide. n is the number of answers (or contacts) the figure rests on.',
		nps: {
			title: 'NPS',
			detail: '{{promoters}} promoters, {{detractors}} detractors'
		},
		csat: {
			title: 'CSAT',
			detail: 'Mean {{mean}} on a 1–5 scale'
		},
		ces: {
			title: 'CES (mean, 1–7)',
			detail: '{{easy}} found it easy (5–7)'
		},
		fcrCustomer: {
			title: 'FCR (customer-reported)',
			detail: 'Customers who say their question was fully resolved'
		},
		fcrComputed: {
			title: 'FCR (computed)',
			detail: 'No new contact for the same reason within 7 days'
		}
	},
	overview: {
		title: 'Overview',
		intro: 'Customer satisfaction and first-contact resolution from {{from}} to {{to}}.',
		empty: 'No figures for this period yet',
		emptyHint: 'Choose a longer period, or wait until customers have answered the surveys.'
	},
	teams: {
		title: 'Teams',
		name: 'Team',
		activeAgents: 'Active agents',
		empty: 'There are no teams to show.'
	},
	team: {
		intro:
			'CSAT per agent. Agents with fewer than {{min}} answers are marked "too few answers" and are not ranked.',
		caption: 'Agents of {{team}}',
		agent: 'Agent',
		answers: 'Answers (n)',
		csat: 'CSAT',
		interval: '95 % interval',
		estimate: 'Estimate',
		remark: 'Remark',
		tooFew: 'Too few answers',
		unrankedGroup: 'Fewer than {{min}} answers: not ranked',
		noAgents: 'This team has no agents.',
		estimateHelp:
			'The estimate pulls the CSAT of agents with few answers toward the team average, so lucky or unlucky streaks do not end up at the top or bottom. Sorting by CSAT uses the estimate.'
	},
	agent: {
		team: 'Team:',
		noTeam: 'No team',
		empty: 'No figures for this period yet'
	},
	me: {
		title: 'My feedback',
		intro: 'What customers say about your contacts.'
	},
	pagination: {
		label: 'Pagination',
		status: 'Page {{page}} of {{pages}}',
		total_one: '{{n}} result',
		total_other: '{{n}} results',
		previous: 'Previous',
		next: 'Next'
	},
	admin: {
		title: 'Admin',
		intro: 'Users, teams, agents and the development mailbox.',
		nav: {
			label: 'Admin menu',
			home: 'Start',
			users: 'Users',
			teams: 'Teams',
			agents: 'Agents',
			mailbox: 'Mailbox'
		},
		summary: {
			users_one: '{{n}} active user',
			users_other: '{{n}} active users',
			teams_one: '{{n}} active team',
			teams_other: '{{n}} active teams',
			agents_one: '{{n}} active agent',
			agents_other: '{{n}} active agents',
			mailbox_one: '{{n}} message',
			mailbox_other: '{{n}} messages'
		},
		notice: {
			created: 'Created.',
			saved: 'Saved.',
			passwordSet: 'The new password has been saved.',
			deactivated: 'Deactivated.',
			reactivated: 'Reactivated.',
			archived: 'Archived.',
			restored: 'Restored.'
		},
		users: {
			title: 'Users',
			new: 'New user',
			create: 'Create user',
			back: 'All users',
			filter: 'Filter users',
			search: 'Search by name or e-mail',
			allRoles: 'All roles',
			empty: 'No users found.',
			name: 'Name',
			email: 'E-mail address',
			role: 'Role',
			locale: 'Language of e-mails',
			scope: 'Sees',
			wholeOrganisation: 'Whole organisation',
			details: 'Details',
			leadsTeams: 'Leads the teams',
			leadsTeamsHint: 'Only for team leads.',
			noTeams: 'There are no teams yet.',
			agent: 'Is agent',
			agentHint: 'Only for agents: which agent this user is.',
			noAgent: '— none —',
			password: 'Password',
			setPassword: 'Set a new password',
			savePassword: 'Set password',
			deactivate: 'Deactivate',
			deactivateHelp: 'A deactivated user can no longer sign in. Their data and history are kept.',
			deactivateQuestion: 'Deactivate {{name}}? They are signed out at once.',
			deactivateConfirm: 'Yes, deactivate',
			isDeactivated: 'Deactivated on {{date}}.',
			reactivate: 'Reactivate',
			cannotDeactivateSelf: 'You cannot deactivate your own account.'
		},
		teams: {
			title: 'Teams',
			new: 'New team',
			create: 'Create team',
			back: 'All teams',
			filter: 'Filter teams',
			search: 'Search by name',
			empty: 'No teams found.',
			name: 'Team name',
			leads: 'Team leads',
			noLeads: 'No team lead',
			about: 'About this team',
			agentCount_one: '{{n}} active agent',
			agentCount_other: '{{n}} active agents',
			rename: 'Rename',
			archive: 'Archive',
			archiveHelp:
				'An archived team disappears from lists and choices. Contacts and answers stay with the team.',
			archiveQuestion_one:
				'Archive {{name}}? It still has {{n}} active agent, who stays in the team until you move them.',
			archiveQuestion_other:
				'Archive {{name}}? It still has {{n}} active agents, who stay in the team until you move them.',
			archiveConfirm: 'Yes, archive',
			isArchived: 'Archived on {{date}}.',
			restore: 'Restore'
		},
		agents: {
			title: 'Agents',
			new: 'New agent',
			create: 'Create agent',
			back: 'All agents',
			filter: 'Filter agents',
			search: 'Search by name, code or e-mail',
			allTeams: 'All teams',
			empty: 'No agents found.',
			name: 'Name',
			externalId: 'Agent code',
			externalIdHint: 'The code contacts use to name this agent.',
			email: 'E-mail address',
			team: 'Team',
			noTeam: '— no team —',
			user: 'User',
			created: 'Created',
			details: 'Details',
			linkedUser: 'User:',
			noUser: 'This agent has no user.',
			deactivate: 'Deactivate',
			deactivateHelp:
				'A deactivated agent disappears from team pages and choices. Contacts and answers are kept.',
			deactivateQuestion: 'Deactivate {{name}}?',
			deactivateConfirm: 'Yes, deactivate',
			isDeactivated: 'This agent is deactivated.',
			reactivate: 'Reactivate'
		},
		mailbox: {
			title: 'Mailbox',
			intro: 'Without SMTP_URL, e-mails are not sent but kept here. Newest first.',
			filter: 'Filter messages',
			search: 'Search by recipient or subject',
			empty: 'No messages.',
			received: 'Received',
			from: 'From',
			to: 'To',
			subject: 'Subject',
			noSubject: '(no subject)',
			back: 'All messages',
			html: 'Formatted version',
			htmlFrame: 'Formatted version of {{subject}}',
			text: 'Text version'
		}
	}
};

// Organisation services: teams, agents, the admin's user lists and the dev mailbox.
export * from './agents';
export * from './errors';
export * from './mailbox';
export * from './paging';
export * from './teams';
export * from './users';

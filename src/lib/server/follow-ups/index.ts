export { ensureFollowUp, needsFollowUp, FOLLOW_UP_WORKING_DAYS } from './follow-ups';
export type { FollowUpCandidate, LowScoreAnswer } from './follow-ups';
export { addWorkingDays, ORGANISATION_TIME_ZONE } from './working-days';

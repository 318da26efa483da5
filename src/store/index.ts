export { StoreError, type StoreErrorKind } from './errors';
export { importConnections } from './import';
export { listConnections, saveConnection, type ConnectionList, type UnreadableConnection } from './connections';
export { deleteConnection, renameConnection } from './edit';
export {
  createAttempt,
  readAttempt,
  finishAttempt,
  takeFinishedTabAttempts,
  pruneExpiredAttempts,
  ATTEMPT_LIFETIME_MS,
  type AttemptEnd,
  type FinishStatus,
  type NewAttempt,
} from './attempts';
export type { AttemptRecord, AttemptOutcome } from './records';

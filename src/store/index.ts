export { StoreError, type StoreErrorKind } from './errors';
export { listConnections, getConnection, saveConnection, deleteConnection, renameConnection, type ConnectionList } from './connections';
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

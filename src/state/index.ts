export { connections, connectionsLoaded, storageProblem, unreadable, removeConnection, renameConnection } from './connections';
export { attemptView, connect, retryConnect, cancelAttempt, showWindow, dismissOutcome, continueInTab } from './attempt';
export type { AttemptView, AttemptOutcome } from './attempt-view';
export { startDashboard } from './startup';
export { statusOf, anyUnreachable, checkNow } from './status-signals';

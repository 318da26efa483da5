export { connections, connectionsLoaded, storageProblem, unreadable, removeConnection, renameConnection } from './connections';
export { attemptView, connect, retryConnect, cancelAttempt, showWindow, dismissOutcome, continueInTab } from './attempt';
export type { AttemptView, ConnectOutcome } from './connect-outcome';
export { startDashboard } from './startup';
export { statusOf, checkingOf, everyAppApiUnreachable, checkNow } from './status-signals';
export { shownAttemptView, answerDuplicate } from './attempt';
export { removedNotice, removePrinter, dismissRemovedNotice, type RemovedNotice } from './removal';

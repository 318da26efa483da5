/**
 * Views that only some visits need, or that can follow the first screen (backup, "Notify me"), in
 * one chunk loaded when the first of them renders (see `lazy.ts`): keeping them out of the first
 * screen's JavaScript keeps it within its byte budget.
 */
export { DamagedCard, LostKeyNotice } from './DamagedCard';
export { ExportDialog } from './ExportDialog';
export { ImportOutcome } from './ImportOutcome';
export { ImportPlanDialog } from './ImportPlanDialog';
export { NotifyToggle } from './NotifyToggle';
export { StorageNotice, StorageStatus } from './StorageNotice';
export { NetworkHelp } from './NetworkHelp';
export { RemovedNotice } from './RemovedNotice';

// The Plugin APIs' answer envelope: HTTP 200 with {Status, Result?, Error?}, as the plugin sends it.
export type CommandAnswer = { Status: number; Result?: unknown; Error?: string };
/** A command's JSON arguments. */
export type Args = Record<string, unknown>;

export const success = (result: unknown = {}): CommandAnswer => ({ Status: 200, Result: result });
export const failure = (status: number, error: string): CommandAnswer => ({ Status: status, Error: error });

import * as z from 'zod/mini';
import { compact, heater, percent, positive, seconds, text, type PrinterModel, type PrinterState } from '../printer/model';
import type { PrinterReading } from '../printer/reading';
import type { JsonResponse } from './http';

/**
 * The fallback for an OctoPrint host whose OctoEverywhere plugin is too old for the Plugin APIs:
 * OctoPrint's own `/api/job` (+ `/api/printer` for temperatures and state flags, + `/api/version`)
 * mapped into the same printer model. Only the mapping: the caller fetches, and reads the
 * service's 6xx and OctoPrint's 401/403 first. Never throws.
 */
export interface OctoPrintAnswers {
  job: JsonResponse;
  /** Absent or null when not asked or when the request failed: temperatures are then unknown. */
  printer?: JsonResponse | null;
  version?: JsonResponse | null;
}

const num = z.catch(z.nullable(z.number()), null);
const str = z.catch(z.nullable(z.string()), null);
const flag = z.catch(z.boolean(), false);
const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.catch(z.nullable(z.looseObject(shape)), null);

const jobSchema = z.looseObject({
  state: z.string().check(z.trim(), z.minLength(1)),
  error: str,
  job: obj({
    file: obj({ name: str, display: str }),
    filament: z.catch(z.nullable(z.record(z.string(), z.catch(z.nullable(z.looseObject({ length: num })), null))), null),
  }),
  progress: obj({ completion: num, printTime: num, printTimeLeft: num }),
});

const heaterSchema = obj({ actual: num, target: num });
const printerSchema = z.looseObject({
  temperature: obj({ tool0: heaterSchema, bed: heaterSchema, chamber: heaterSchema }),
  state: obj({
    text: str,
    flags: obj({ operational: flag, paused: flag, printing: flag, cancelling: flag, pausing: flag, error: flag, ready: flag, closedOrError: flag }),
  }),
});

const versionSchema = z.looseObject({ server: str, text: str });

type Flags = NonNullable<NonNullable<z.infer<typeof printerSchema>['state']>['flags']>;
type Mapped = { state: PrinterState; subState?: string; errorText?: string; rawState?: string } | 'not-connected';

const ok = (status: number | undefined): boolean => status !== undefined && status >= 200 && status <= 299;

/** OctoPrint's state text and flags (flags win when /api/printer answered) in the model's words. */
function mapState(stateText: string, flags: Flags | null, completion: number | undefined, jobError: string | undefined): Mapped {
  const t = stateText.trim();
  const lower = t.toLowerCase();
  if (lower.startsWith('error') || lower === 'offline after error' || flags?.error) {
    const detail = jobError ?? text(t.replace(/^error:?\s*/i, ''));
    return compact({ state: 'error' as const, errorText: detail === undefined || /^error$/i.test(detail) ? undefined : detail });
  }
  if (lower === 'offline' || lower === 'closed' || (flags && flags.closedOrError)) return 'not-connected';
  if (flags?.cancelling || lower === 'cancelling') return { state: 'cancelled', subState: 'Cancelling' };
  if (flags?.pausing || lower === 'pausing') return { state: 'paused', subState: 'Pausing' };
  if (flags?.paused || lower === 'paused') return { state: 'paused' };
  if (lower === 'resuming') return { state: 'resuming' };
  if (lower === 'starting' || lower.startsWith('starting print')) return { state: 'printing', subState: 'Starting' };
  if (lower === 'finishing') return { state: 'printing', subState: 'Finishing' };
  if (flags?.printing || lower === 'printing' || lower === 'printing from sd') return { state: 'printing' };
  if (flags?.ready || flags?.operational || lower === 'operational') {
    // OctoPrint goes back to Operational after a print and keeps the finished job at 100 %.
    return { state: completion === 100 ? 'complete' : 'idle' };
  }
  return compact({ state: 'unknown' as const, rawState: text(t) });
}

function filamentMm(filament: Record<string, { length: number | null } | null> | null | undefined): number | undefined {
  if (!filament) return undefined;
  return positive(Object.values(filament).reduce((sum, tool) => sum + (tool?.length ?? 0), 0));
}

/** The reading from OctoPrint's answers; 409 from /api/printer or an "Offline" job is 785's meaning. */
export function mapOctoPrint(answers: OctoPrintAnswers): PrinterReading {
  const notConnected: PrinterReading = { kind: 'problem', problem: 'software-not-connected', code: 409 };
  if (answers.printer?.status === 409 || answers.job.status === 409) return notConnected;
  if (!ok(answers.job.status)) return { kind: 'malformed', reason: `OctoPrint answered ${answers.job.status} to the job request.` };
  const job = jobSchema.safeParse(answers.job.json);
  if (!job.success) return { kind: 'malformed', reason: 'The OctoPrint job answer is not readable.' };
  const printerParsed = ok(answers.printer?.status) ? printerSchema.safeParse(answers.printer?.json) : null;
  const printer = printerParsed?.success ? printerParsed.data : null;
  const versionParsed = ok(answers.version?.status) ? versionSchema.safeParse(answers.version?.json) : null;

  const { progress, job: details } = job.data;
  const completion = percent(progress?.completion);
  const mapped = mapState(job.data.state, printer?.state?.flags ?? null, completion, text(job.data.error));
  if (mapped === 'not-connected') return notConnected;
  const temps = printer?.temperature;
  const model: PrinterModel = compact({
    source: 'octoprint' as const,
    ...mapped,
    progress: completion,
    elapsedSec: seconds(progress?.printTime),
    timeLeftSec: seconds(progress?.printTimeLeft),
    fileName: text(details?.file?.display) ?? text(details?.file?.name),
    filamentMm: filamentMm(details?.filament),
    temperatures: compact({
      hotend: heater(temps?.tool0?.actual, temps?.tool0?.target),
      bed: heater(temps?.bed?.actual, temps?.bed?.target),
      chamber: heater(temps?.chamber?.actual, temps?.chamber?.target),
    }),
    platformVersion: versionParsed?.success ? (text(versionParsed.data.server) ?? text(versionParsed.data.text)) : undefined,
  });
  return { kind: 'ok', printer: model };
}

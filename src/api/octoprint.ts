import * as z from 'zod/mini';

/** What the printer is doing, from OctoPrint's `GET /api/job` through the relay. */
export interface PrinterActivity {
  /** OctoPrint's words: "Operational", "Printing", "Paused", "Offline", … */
  state: string;
  /** Percent, 0–100. */
  completion: number | null;
  fileName: string | null;
  printTimeLeftSeconds: number | null;
}

const num = z.catch(z.nullable(z.number()), null);
const str = z.catch(z.nullable(z.string()), null);

// Every field OctoPrint documents here may be null; anything else odd reads as null too.
const jobSchema = z.looseObject({
  state: z.string().check(z.trim(), z.minLength(1)),
  job: z.catch(z.nullable(z.looseObject({ file: z.catch(z.nullable(z.looseObject({ name: str })), null) })), null),
  progress: z.catch(z.nullable(z.looseObject({ completion: num, printTimeLeft: num })), null),
});

/** The activity, or null when the body is not a job answer at all. */
export function parseJob(json: unknown): PrinterActivity | null {
  const parsed = jobSchema.safeParse(json);
  if (!parsed.success) return null;
  const { state, job, progress } = parsed.data;
  const completion = progress?.completion ?? null;
  const left = progress?.printTimeLeft ?? null;
  const name = job?.file?.name ?? null;
  return {
    state,
    // OctoPrint's float can overshoot 100 by rounding.
    completion: completion === null ? null : Math.min(100, Math.max(0, completion)),
    fileName: name && name.trim() !== '' ? name : null,
    printTimeLeftSeconds: left === null || left < 0 ? null : Math.round(left),
  };
}

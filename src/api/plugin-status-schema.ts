import * as z from 'zod/mini';

/**
 * The `Result` of the Plugin API `GET /octoeverywhere-command-api/status`, field by field
 * (reference/octoeverywhere.md, "Plugin APIs"). Every field may be null, 0 or missing depending on
 * the platform; a field of the wrong type reads as null, so one odd field never hides the rest.
 */
const num = z.catch(z.nullable(z.number()), null);
const str = z.catch(z.nullable(z.string()), null);
const bool = z.catch(z.nullable(z.boolean()), null);
/** An object, or null when missing or not an object. */
const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.catch(z.nullable(z.looseObject(shape)), null);
/** A list whose unreadable items become null (the caller drops them), or null when not a list. */
const list = <T extends z.core.SomeType>(item: T) => z.catch(z.nullable(z.array(z.catch(z.nullable(item), null))), null);

const temps = obj({
  BedActual: num,
  BedTarget: num,
  HotendActual: num,
  HotendTarget: num,
  ChamberActual: num,
  ChamberTarget: num,
});

const currentPrint = obj({
  Progress: num,
  DurationSec: num,
  TimeLeftSec: num,
  FileName: str,
  EstTotalFilUsedMm: num,
  EstTotalFilWeightMg: num,
  CurrentLayer: num,
  TotalLayers: num,
  Temps: temps,
});

export const jobStatusSchema = z.looseObject({
  State: str,
  SubState: str,
  Error: str,
  Lights: list(z.looseObject({ Name: z.string(), On: bool })),
  CurrentPrint: currentPrint,
});

const gadget = obj({
  LastScore: num,
  ScoreHistory: list(z.number()),
  TimeSinceLastScoreSec: num,
  IntervalSec: num,
  IsSuppressed: bool,
  TimeSinceLastWarnSec: num,
  TimeSinceLastPauseSec: num,
});

export const webcamSchema = z.looseObject({ Name: str, FlipH: bool, FlipV: bool, Rotation: num, Enabled: bool });

export const listWebcamsSchema = obj({ DefaultIndex: num, Webcams: list(webcamSchema) });

/** `JobStatus` must be an object: without it the answer says nothing about the printer. */
export const statusResultSchema = z.looseObject({
  JobStatus: jobStatusSchema,
  OctoEverywhereStatus: obj({ MostRecentPrintIdStr: str, PrintStartTimeSec: num, Gadget: gadget }),
  PlatformVersion: str,
  Features: num,
  ListWebcams: listWebcamsSchema,
});

export type StatusResult = z.infer<typeof statusResultSchema>;
export type JobStatus = z.infer<typeof jobStatusSchema>;
export type GadgetStatus = NonNullable<z.infer<typeof gadget>>;
export type ListWebcams = NonNullable<z.infer<typeof listWebcamsSchema>>;

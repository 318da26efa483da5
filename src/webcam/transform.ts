/**
 * How a webcam picture is shown: the plugin's FlipH, FlipV and Rotation settings as a CSS
 * transform, and which of a printer's webcams to show. Plain data in, plain data out.
 */

/** The fields of the printer model's `Webcam` (src/printer/model.ts) this needs. */
export interface WebcamSettings {
  /** The `index` of the snapshot and stream routes. */
  index: number;
  name?: string;
  flipH: boolean;
  flipV: boolean;
  /** Degrees clockwise. */
  rotation: number;
  enabled: boolean;
}

export interface WebcamList {
  defaultIndex: number;
  list: WebcamSettings[];
}

export interface PictureTransform {
  /** For the picture's `style.transform`; 'none' when the picture is shown as sent. */
  transform: string;
  /** 90 or 270 degrees: the shown picture is as wide as the sent one is tall (the box should follow). */
  quarterTurn: boolean;
}

/** A rotation as one of 0, 90, 180, 270; anything that is not a multiple of 90 reads as 0. */
function quarterDegrees(rotation: number): 0 | 90 | 180 | 270 {
  if (!Number.isFinite(rotation) || rotation % 90 !== 0) return 0;
  return (((rotation % 360) + 360) % 360) as 0 | 90 | 180 | 270;
}

/**
 * The flips apply to the picture as the camera sends it, then the rotation turns the result
 * clockwise. CSS applies a transform list right to left, hence `rotate(…) scale(…)`.
 */
export function webcamTransform(settings: Pick<WebcamSettings, 'flipH' | 'flipV' | 'rotation'>): PictureTransform {
  const degrees = quarterDegrees(settings.rotation);
  const parts: string[] = [];
  if (degrees !== 0) parts.push(`rotate(${degrees}deg)`);
  if (settings.flipH || settings.flipV) parts.push(`scale(${settings.flipH ? -1 : 1}, ${settings.flipV ? -1 : 1})`);
  return { transform: parts.length > 0 ? parts.join(' ') : 'none', quarterTurn: degrees === 90 || degrees === 270 };
}

export interface WebcamChoice {
  /** The enabled webcams, in the plugin's order: a picker is worth showing when there are two or more. */
  shown: WebcamSettings[];
  /** null when the printer has no enabled webcam. */
  selected: WebcamSettings | null;
}

/**
 * Disabled webcams are never shown. The one to show: the user's remembered choice while it is
 * still an enabled webcam, else the plugin's DefaultIndex when enabled, else the first enabled.
 */
export function chooseWebcam(webcams: WebcamList | null | undefined, remembered?: number | null): WebcamChoice {
  const shown = (webcams?.list ?? []).filter((cam) => cam.enabled);
  const byIndex = (index: number | null | undefined) => (index === null || index === undefined ? undefined : shown.find((cam) => cam.index === index));
  const selected = byIndex(remembered) ?? byIndex(webcams?.defaultIndex) ?? shown[0] ?? null;
  return { shown, selected };
}

// Types shared by the stub server and the tests that drive it (through client.ts).
import type { Platform, PrinterPatch, SimPrinter } from './printer-types';

export type * from './printer-types';

/** What a connection does when the App APIs or its relay are asked about it. */
export type Fate =
  | 'online'
  | 'offline'
  | 'revoked'
  | 'notfound'
  | 'nosupporterperks'
  | 'badcredentials'
  | 'servererror'
  | 'failing'
  // The plugin answers, but: 785 (also OctoPrint's 409 / "Offline"), 787, 789; or 200 with a cut-off body.
  | 'hostnotconnected'
  | 'toomanyclients'
  | 'noprintercredentials'
  | 'malformed';

export const FATES: readonly Fate[] = [
  'online',
  'offline',
  'revoked',
  'notfound',
  'nosupporterperks',
  'badcredentials',
  'servererror',
  'failing',
  'hostnotconnected',
  'toomanyclients',
  'noprintercredentials',
  'malformed',
];

/** Which App Connection credentials the portal hands out ('none' lets tests check rejection). */
export type CredentialsMode = 'basic' | 'bearer' | 'both' | 'none';
/** 'interactive' shows the portal page; the others redirect at once. */
export type PortalOutcome = 'interactive' | 'authorize' | 'decline';
/** Spelling of the completion's keys: 'lower' is what shipping apps read. */
export type KeySpelling = 'lower' | 'camel';
/** How the completion is appended to returnUrl. */
export type AppendMode = 'query' | 'question' | 'fragment';
/** Flat body (current docs) or wrapped in {Status, Error, IsUserError, Result} (real responses). */
export type ResponseShape = 'flat' | 'wrapped';

export interface StubPrinter {
  id: string;
  name: string;
  /** What a connection to this printer plays; default 'octoprint'. */
  platform?: Platform;
}

export interface StubSettings {
  portalOutcome: PortalOutcome;
  keySpelling: KeySpelling;
  appendMode: AppendMode;
  /** When set, the completion's `url` is this value instead of the real one. */
  urlOverride: string | null;
  /** Appended after the completion (e.g. to add a duplicate key). */
  extraParams: Record<string, string>;
  /** Send Cross-Origin-Opener-Policy: same-origin on portal pages and redirects. */
  coop: boolean;
  /** Answer CORS on App API and relay responses. */
  cors: boolean;
  credentials: CredentialsMode;
  /** Hand out an OctoPrint API key when the portal was asked for one. */
  octoPrintApiKey: boolean;
  responseShape: ResponseShape;
  printers: StubPrinter[];
}

/** The Gadget status as the App API returns it. */
export interface GadgetStatus {
  State: number;
  Status: string;
  StatusColor: string;
  Rating: number;
}

export type OctoPrintState = 'Operational' | 'Printing' | 'Paused' | 'Error' | 'Disconnected';

/** The older control patch `octoprint`, in OctoPrint's words; it maps onto the simulated printer. */
export interface SimulatedOctoPrint {
  state: OctoPrintState;
  tool0: number;
  bed: number;
  completion: number | null;
  fileName: string | null;
  printTimeLeft: number | null;
}

/** How connection's webcams answer (the pictures themselves are generated: webcam.ts). */
export interface StubWebcamSettings {
  /** 609 to the snapshot and the stream: the account's webcam time window is used up. */
  limitReached: boolean;
  /** Frames per second of the MJPEG stream (1–60). */
  fps: number;
  /** Stream parts carry Content-Length (as mjpg-streamer sends them) or not (as motion does). */
  contentLength: boolean;
  /** The info API's `MaxSingleWebcamStreamLengthSeconds`; null is sent as null. */
  maxStreamSec: number | null;
}

/** A connection with every field, secrets included (tests check they never leak). */
export interface StubConnection {
  id: string;
  /** The App Connection URL, http://app-<id>.localhost:<port> */
  url: string;
  appApiToken: string;
  appId: string;
  printerId: string;
  printerName: string;
  printerLastKnownLocalIp: string;
  userPrinterAccessUrl: string;
  authBasicHttpUser: string | null;
  authBasicHttpPassword: string | null;
  authBearerToken: string | null;
  octoPrintApiKey: string | null;
  /** ms since epoch */
  createdAt: number;
  fate: Fate;
  /** Delay before every answer about this connection (App APIs and relay). */
  delayMs: number;
  /** The App API's Gadget status (the plugin's own Gadget fields are in `printer.gadget`). */
  gadget: GadgetStatus;
  /** The printer behind the relay; every platform's answers render from it. */
  printer: SimPrinter;
  webcam: StubWebcamSettings;
}

/** What PATCH /__control/connections/<id> accepts; gadget, printer and octoprint merge field by field. */
export interface ConnectionPatch {
  fate?: Fate;
  delayMs?: number;
  printerName?: string;
  gadget?: Partial<GadgetStatus>;
  printer?: PrinterPatch;
  /** Older spelling in OctoPrint's words, mapped onto `printer`. */
  octoprint?: Partial<SimulatedOctoPrint>;
  webcam?: Partial<StubWebcamSettings>;
}

export type SettingsPatch = Partial<StubSettings>;

/** One entry of the request log (every request except /__control/*), in order of arrival. */
export interface LoggedRequest {
  /** ms since epoch, when the request arrived */
  at: number;
  method: string;
  host: string;
  /** path with query */
  path: string;
  origin: string | null;
  referer: string | null;
  userAgentIsBrowser: boolean;
  /** raw values, present only when the request carried them */
  headers: { authorization?: string; apptoken?: string; 'x-api-key'?: string };
  /** HTTP status of the answer; 0 while the answer is still pending (e.g. delayMs) */
  status: number;
  /** The request body as sent, once answered, when the stub read a non-empty one (POST commands, Live Links) */
  body?: string;
}

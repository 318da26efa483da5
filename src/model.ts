/** The domain types every layer shares. No imports: this sits at the bottom with `config`. */

/** What the portal hands over once and never again. */
export interface Secrets {
  appApiToken: string;
  basicUser?: string | undefined;
  basicPassword?: string | undefined;
  bearerToken?: string | undefined;
  octoPrintApiKey?: string | undefined;
}

/** A connection as the portal returned it. */
export interface PortalConnection {
  id: string;
  /** Normalised App Connection URL: scheme and lower-case host, no trailing slash. */
  url: string;
  printerName: string;
  userPrinterAccessUrl?: string | undefined;
  printerLastKnownLocalIp?: string | undefined;
  secrets: Secrets;
}

/** A stored connection. */
export interface Connection extends PortalConnection {
  /** A local name the user gave; the OctoEverywhere name stays visible beside it. */
  label?: string | undefined;
  connectedAt: number;
  updatedAt: number;
  /** OctoEverywhere printer id, when known: lets Reconnect preselect the printer. */
  printerId?: string | undefined;
}

/**
 * What OctoEverywhere's info API says about a connection (`GET /api/appconnection/info`); a field
 * the service did not send is null.
 */
export interface ConnectionInfo {
  printerName: string | null;
  localIp: string | null;
  isOnline: boolean;
  lastConnected: string | null;
  lastDisconnected: string | null;
  /** Only a page on the OctoEverywhere origin (see links.ts): it becomes a link. */
  userFacingUrl: string | null;
  limits: { maxDownloadBytes: number | null; maxUploadBytes: number | null; maxWebcamStreamSeconds: number | null };
}

/** A Live Link OctoEverywhere made for a connection: what the App API answered, and what is stored. */
export interface LiveLink {
  liveId: string;
  url: string;
  /** The link to show and copy; the long `url` when the service gave no short one. */
  shortUrl: string;
  createdAt: number;
  /** The latest it lasts; it ends earlier with the print when `endsWithPrint`. */
  expiresAt: number;
  endsWithPrint: boolean;
}

export type CredentialKind = 'Basic' | 'Bearer' | 'Basic and Bearer';

export function credentialKind(secrets: Secrets): CredentialKind {
  const basic = Boolean(secrets.basicUser && secrets.basicPassword);
  if (basic && secrets.bearerToken) return 'Basic and Bearer';
  return basic ? 'Basic' : 'Bearer';
}

/** The name a person sees: their own label, else the name OctoEverywhere reports now, else the portal's. */
export function displayName(connection: Pick<Connection, 'label' | 'printerName'>, info?: Pick<ConnectionInfo, 'printerName'> | null): string {
  return connection.label || info?.printerName || connection.printerName;
}

/** The `Authorization` header for requests through the App Connection URL. */
export function authorizationHeader(secrets: Secrets): string {
  if (secrets.basicUser && secrets.basicPassword) {
    const bytes = new TextEncoder().encode(`${secrets.basicUser}:${secrets.basicPassword}`);
    return `Basic ${btoa(String.fromCharCode(...bytes))}`;
  }
  return `Bearer ${secrets.bearerToken ?? ''}`;
}

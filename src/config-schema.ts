import * as z from 'zod/mini';
import { DEFAULT_POLL_INTERVAL_MS, type Config } from './config.ts';

/** Validates the build-time environment into a Config; used at build time and at start-up. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

export const DEFAULTS = {
  VITE_OE_ORIGIN: 'https://octoeverywhere.com',
  VITE_OE_APP_ID: 'devtest',
  VITE_APP_NAME: 'Printer Dashboard',
  VITE_OE_POLL_INTERVAL_MS: String(DEFAULT_POLL_INTERVAL_MS),
  VITE_WEBCAM_REFRESH_MS: '10000',
} as const;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An absolute https URL (plain http only on loopback) with no user info, passed to `extra`. */
function secureUrlSchema<T>(extra: (url: URL) => { problem: string } | { value: T }) {
  return z.pipe(
    z.string(),
    z.transform((raw, ctx) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        ctx.issues.push({ code: 'custom', input: raw, message: 'is not an absolute URL' });
        return z.NEVER;
      }
      const loopback = LOOPBACK_HOSTS.has(url.hostname);
      const result =
        url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)
          ? { problem: 'must use https (plain http only for localhost)' }
          : url.username || url.password
            ? { problem: 'must not contain a user name or password' }
            : extra(url);
      if ('problem' in result) {
        ctx.issues.push({ code: 'custom', input: raw, message: result.problem });
        return z.NEVER;
      }
      return result.value;
    }),
  );
}

const originSchema = secureUrlSchema((url) =>
  url.pathname !== '/' || url.search || url.hash ? { problem: 'must be an origin only, with no path, query or fragment' } : { value: url.origin },
);

/** A whole number of milliseconds, at least one second. */
function milliseconds() {
  return z.pipe(
    z.string().check(z.regex(/^\d+$/, 'must be a whole number of milliseconds')),
    z.transform(Number),
  ).check(z.refine((n: number) => n >= 1000, 'must be at least 1000 ms'));
}

const fields = {
  VITE_OE_ORIGIN: originSchema,
  VITE_OE_APP_ID: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"')),
  VITE_APP_NAME: z.string().check(z.minLength(2, 'must be 2–60 characters'), z.maxLength(60, 'must be 2–60 characters')),
  VITE_OE_PROXY_PATH: z.optional(
    z.string().check(z.regex(/^(\/[A-Za-z0-9_-]+)+$/, 'must look like /oe: a path starting with "/", no trailing slash')),
  ),
  VITE_APP_LOGO_URL: z.optional(secureUrlSchema((url) => ({ value: url.href }))),
  VITE_OE_POLL_INTERVAL_MS: milliseconds(),
  VITE_WEBCAM_REFRESH_MS: milliseconds(),
} as const;

type Env = Record<string, string | boolean | undefined>;

/** Validates the build-time environment. Empty strings count as unset, so defaults apply. */
export function loadConfig(env: Env): ConfigResult {
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
  };
  const problems: ConfigProblem[] = [];
  const read = <T>(name: keyof typeof fields, schema: z.ZodMiniType<T>): T | undefined => {
    const raw = value(name) ?? (DEFAULTS as Record<string, string | undefined>)[name];
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push({ variable: name, message: `${JSON.stringify(raw)} ${parsed.error.issues[0]?.message ?? 'is invalid'}` });
    return undefined;
  };
  const origin = read('VITE_OE_ORIGIN', fields.VITE_OE_ORIGIN);
  const appId = read('VITE_OE_APP_ID', fields.VITE_OE_APP_ID);
  const appName = read('VITE_APP_NAME', fields.VITE_APP_NAME);
  const proxyPath = read('VITE_OE_PROXY_PATH', fields.VITE_OE_PROXY_PATH);
  const pollIntervalMs = read('VITE_OE_POLL_INTERVAL_MS', fields.VITE_OE_POLL_INTERVAL_MS);
  const appLogoUrl = read('VITE_APP_LOGO_URL', fields.VITE_APP_LOGO_URL);
  const webcamRefreshMs = read('VITE_WEBCAM_REFRESH_MS', fields.VITE_WEBCAM_REFRESH_MS);
  if (problems.length > 0 || !origin || !appId || !appName || pollIntervalMs === undefined || webcamRefreshMs === undefined) {
    return { ok: false, problems };
  }
  const config: Config = { origin, appId, appName, proxyPath: proxyPath ?? null, pollIntervalMs, webcamRefreshMs };
  if (appLogoUrl) config.appLogoUrl = appLogoUrl;
  return { ok: true, config };
}

import type { Config } from './config';

/** The configuration this build was made with, validated by the build (see env.d.ts). */
export const configResult = __OE_CONFIG__;

/** The OctoEverywhere origin of a valid configuration, else null: all the callback page needs. */
export const configuredOrigin: string | null = __OE_ORIGIN__;

/** The valid configuration; only called once start-up has checked `configResult.ok`. */
export function appConfig(): Config {
  if (!configResult.ok) throw new Error('The dashboard configuration is invalid.');
  return configResult.config;
}

/** Where this dashboard is served from, e.g. `https://example.com/printers/`. */
export function dashboardBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, location.origin).href;
}

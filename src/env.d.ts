/// <reference types="vite/client" />

/**
 * The OctoEverywhere origin, validated by the build (vite.config.ts runs the same zod schema the
 * dashboard runs at start-up); null when the configuration is invalid. The callback page reads
 * this instead of validating again, to stay within its byte budget.
 */
declare const __OE_ORIGIN__: string | null;

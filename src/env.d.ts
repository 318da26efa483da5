/// <reference types="vite/client" />

/**
 * The configuration, validated when the build starts: vite.config.ts runs the zod schema in
 * `config-schema.ts` over the `VITE_*` variables and bakes the result in. A wrong value still
 * reaches the page as `problems`, which it shows instead of a blank screen. Baking it in keeps
 * the schema library out of the JavaScript the pages load before they are interactive.
 */
declare const __OE_CONFIG__: import('./config-schema').ConfigResult;
/** The validated OctoEverywhere origin, or null when the configuration is invalid (the callback page's only need). */
declare const __OE_ORIGIN__: string | null;

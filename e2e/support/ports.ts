/** Ports the e2e servers use; apart from `npm start`'s so both can run at once. */
export const STUB_PORT = Number(process.env.E2E_STUB_PORT ?? 4301);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4174);
export const STUB_ORIGIN = `http://localhost:${STUB_PORT}`;
export const APP_ORIGIN = `http://localhost:${APP_PORT}`;
/** A second build of the dashboard, configured to reach OctoEverywhere through its own proxy. */
export const PROXY_APP_PORT = Number(process.env.E2E_PROXY_APP_PORT ?? 4175);
export const PROXY_APP_ORIGIN = `http://localhost:${PROXY_APP_PORT}`;

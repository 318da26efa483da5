/** Ports the e2e servers use; apart from `npm start`'s so both can run at once. */
export const STUB_PORT = Number(process.env.E2E_STUB_PORT ?? 4301);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4174);
export const STUB_ORIGIN = `http://localhost:${STUB_PORT}`;
export const APP_ORIGIN = `http://localhost:${APP_PORT}`;

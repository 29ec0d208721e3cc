/** Name of the Playwright binding the e2e fixture exposes and the browser bridge calls. */
export const BINDING_NAME = '__ledelsesrumInvoke';

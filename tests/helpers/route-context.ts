/** The second argument Next.js passes a route handler: for calling one directly in a test. */
export const routeContext = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });

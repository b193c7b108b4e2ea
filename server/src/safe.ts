import type { Connection } from 'vscode-languageserver';

/**
 * Wraps a request handler so that a failure in one feature is logged and answered with `fallback`,
 * never with an error that could make a client give up on the server.
 */
export function safe<P, R>(connection: Connection, feature: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params) => {
    try {
      return await handler(params);
    } catch (error) {
      connection.console.error(`cxgov: ${feature} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

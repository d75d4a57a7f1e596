import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics';

const CATCH_ALL = /(\{\/?\*\w*\}|\/?\*\w*)$/;

/**
 * The route a request matched, as its pattern (`/files/:id`), never the raw URL: ids would make a series per
 * record. Mounted apps (GraphQL, the queue dashboard) are named by their mount path; nothing matched is
 * "unmatched". A catch-all a middleware was registered with (Express 5's `{/*splat}`) is not part of the name.
 */
export function routeLabel(req: Request): string {
  const route: unknown = req.route;
  const base = req.baseUrl ?? '';
  const pattern =
    typeof route === 'object' && route !== null ? (route as { path?: unknown }).path : undefined;
  if (typeof pattern === 'string') {
    return `${base}${pattern}`.replace(CATCH_ALL, '') || '/';
  }
  return base || 'unmatched';
}

/** Times every HTTP request from its arrival to the last byte of its answer. */
export function httpMetricsMiddleware(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      stop({ method: req.method, route: routeLabel(req), status_code: String(res.statusCode) });
    });
    next();
  };
}

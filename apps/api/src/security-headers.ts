import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';

const ONE_YEAR_S = 365 * 24 * 60 * 60;
// A host name, IPv4 or bracketed IPv6 literal, with an optional port: nothing that could end a directive.
const PLAIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * graphql-ws connects to the page's own host. CSP 3 lets 'self' cover ws: and wss: there, but
 * older engines (Safari before 15.4) do not, so the host the page was asked for is named too. A
 * Host header that is not a plain host names nothing: the caller only spoils their own page.
 */
function sameHostSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : "'self'";
}

/**
 * `mapOrigins`: where the basemap's style, tiles, sprites and fonts come from (MAP_STYLE_URL's
 * origin), for fetches and images only. MapLibre runs its worker from a blob: URL.
 */
function helmetHeaders(mapOrigins: readonly string[]) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Vite's build loads one module script from a file; nothing inline runs.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Mantine writes its CSS variables into <style> tags at run time: inline styles, never scripts.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...mapOrigins],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", sameHostSockets, ...mapOrigins],
        workerSrc: ['blob:'],
        // Safari before 15.5 reads workers from child-src.
        childSrc: ['blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Sent below, only over https.
    strictTransportSecurity: false,
  });
}

const hsts = helmet.strictTransportSecurity({ maxAge: ONE_YEAR_S, includeSubDomains: false });

/**
 * Headers for the admin app's pages and the API alike (a CSP on a JSON answer is inert, the rest
 * applies). HSTS goes only on requests that came over https: Node serves plain http, so that means
 * a proxy named in TRUST_PROXY said X-Forwarded-Proto: https (the same trust that lets it name the
 * caller). Browsers ignore HSTS over http anyway; sending it there would only mislead whoever reads
 * the headers. No includeSubDomains: Relais does not own its parent domain's other hosts.
 */
export function securityHeaders(mapOrigins: readonly string[] = []): RequestHandler {
  const headers = helmetHeaders(mapOrigins);
  return (req: Request, res: Response, next: NextFunction) =>
    headers(req, res, (err?: unknown) => {
      if (err) return next(err);
      if (req.secure) return hsts(req, res, next);
      next();
    });
}

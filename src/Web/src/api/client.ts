import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The API refuses a change made with the session cookie unless the XSRF-TOKEN cookie's value comes back in a header. */
const echoAntiforgeryToken: Middleware = {
  onRequest({ request }) {
    if (!safeMethods.has(request.method)) {
      const token = readCookie('XSRF-TOKEN');
      if (token) request.headers.set('X-XSRF-TOKEN', token);
    }
    return request;
  },
};

type SessionEndedListener = () => void;
let onSessionEnded: SessionEndedListener = () => {};

/**
 * Called when a read answered 401 outside the sign-in steps: the session expired or was ended elsewhere. A change that
 * answers 401 is left to its form, which keeps what the user typed and says to sign in again.
 */
export function whenSessionEnds(listener: SessionEndedListener) {
  onSessionEnded = listener;
}

const noticeEndedSession: Middleware = {
  onResponse({ request, response }) {
    if (response.status === 401 && safeMethods.has(request.method) && !new URL(request.url).pathname.startsWith('/api/v1/auth/')) {
      onSessionEnded();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(echoAntiforgeryToken, noticeEndedSession);

/** The ETag the API gave for a record of this version, to send back in If-Match. */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestSession } from '../../test-support/test-app.js';

/** Requests as one signed-in user, for the campaign's integration tests. */
export interface CampaignClient {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: object): Promise<LightMyRequestResponse>;
  patch(url: string, payload: object): Promise<LightMyRequestResponse>;
  upload(url: string, body: string | Buffer, contentType?: string): Promise<LightMyRequestResponse>;
}

/** A client sending the session cookie and CSRF token of `session`. */
export function campaignClient(t: TestApp, session: TestSession): CampaignClient {
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  return {
    get: (url) => t.app.inject({ method: 'GET', url, headers }),
    post: (url, payload) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) }),
    patch: (url, payload) => t.app.inject({ method: 'PATCH', url, headers, payload }),
    upload: (url, body, contentType = 'text/csv') =>
      t.app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': contentType }, payload: body }),
  };
}

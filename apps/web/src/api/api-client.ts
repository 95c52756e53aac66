import i18next from 'i18next';
import type { ApiErrorBody, Province, SessionResponse, UserRow } from './api-types.js';

/** An error answered by the API, with its message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;

/** Remembers the CSRF token the server handed out with the session. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18next.language || 'vi' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? null : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', i18next.t('errors.network'));
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as ApiErrorBody | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? response.statusText, error?.fields);
  }
  return data as T;
}

/** The typed client: one function per API route the web app uses. */
export const api = {
  session: () => request<SessionResponse>('GET', '/api/auth/session'),
  login: (email: string, password: string) => request<SessionResponse>('POST', '/api/auth/login', { email, password }),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout'),
  users: () => request<{ users: UserRow[] }>('GET', '/api/users'),
  provinces: () => request<{ provinces: Province[] }>('GET', '/api/provinces'),
};

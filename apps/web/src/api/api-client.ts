import i18next from 'i18next';
import type {
  ApiErrorBody,
  CertificateRequest,
  CertificateVerification,
  IssuedCertificate,
  LearnProgressItem,
  PledgeCounts,
  PledgeRequest,
  PledgeResponse,
  Province,
  SessionResponse,
  UserRow,
  CaseDetail,
  CaseQueueFilters,
  CaseSummary,
  IndicatorKind,
  IndicatorsFetch,
  IndicatorView,
  PublishedIndicators,
  ReferralCreated,
  ReferralRequest,
  ReportCreated,
  ReportRequest,
  ReportThread,
  Counsellor,
  CaseStatus,
  Campaign,
  CampaignDashboard,
  CampaignInput,
  CampaignTargets,
  CampaignExpert,
  CampaignSchool,
  CampaignSchoolRow,
  CampaignInfluencer,
  CampaignPost,
  ExpertInput,
  ExpertTopic,
  InfluencerInput,
  SchoolInput,
  SchoolLevel,
  UpsertCounts,
  CampaignTraining,
  DrillSchool,
  EventCounter,
  CampaignEvent,
  EventRequest,
  EventStats,
  EventTicket,
  PublicCounters,
  PublicEvent,
  ImportKind,
  ImportRecord,
  ImportResult,
  Page,
  TrainingReport,
  TrainingRequest,
  TrainingStatus,
} from './api-types.js';

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

async function request<T>(method: string, url: string, body?: unknown, cache?: RequestCache, extraHeaders?: Record<string, string>): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18next.language || 'vi', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? null : JSON.stringify(body), ...(cache && { cache }) });
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

/** Issues a certificate: the server answers with the PDF itself and its code in a header. */
async function requestCertificate(body: CertificateRequest): Promise<IssuedCertificate> {
  const headers: Record<string, string> = {
    'accept-language': i18next.language || 'vi',
    'content-type': 'application/json',
    accept: 'application/pdf, application/json',
  };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch('/api/certificates', { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network', i18next.t('errors.network'));
  }
  if (!response.ok) {
    const error = ((await response.json().catch(() => null)) as ApiErrorBody | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? response.statusText, error?.fields);
  }
  const code = response.headers.get('x-certificate-code') ?? '';
  return { code, pdf: await response.blob() };
}

/**
 * Help: the confirmed indicators, asked conditionally with the ETag of the cached copy. A
 * hand-set If-None-Match keeps the browser's HTTP cache out of the way, so a 304 means the
 * copy on this device is current.
 */
async function requestIndicators(etag?: string | null): Promise<IndicatorsFetch> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (etag) headers['if-none-match'] = etag;
  let response: Response;
  try {
    response = await fetch('/api/indicators', { headers, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'network', i18next.t('errors.network'));
  }
  if (response.status === 304) return { status: 'not_modified' };
  if (!response.ok) throw new ApiError(response.status, 'unknown', response.statusText);
  return { status: 'modified', etag: response.headers.get('etag'), data: (await response.json()) as PublishedIndicators };
}

const pinHeader = (pin: string) => ({ 'x-report-pin': pin });
const enc = encodeURIComponent;

/** Help: the anonymous report and follow-up (no account), the counsellor inbox and indicators. */
export const helpApi = {
  /** `idempotencyKey`: one random UUID per draft, so a retry after a lost answer gets the same case back. */
  createReport: (body: ReportRequest, idempotencyKey?: string) =>
    request<ReportCreated>('POST', '/api/reports', body, undefined, idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined),
  reportThread: (code: string, pin: string) => request<ReportThread>('GET', `/api/reports/${enc(code)}`, undefined, 'no-store', pinHeader(pin)),
  addReportMessage: (code: string, pin: string, text: string) =>
    request<ReportThread>('POST', `/api/reports/${enc(code)}/messages`, { text }, undefined, pinHeader(pin)),
  cases: (filters: CaseQueueFilters = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
    const qs = query.toString();
    return request<{ cases: CaseSummary[] }>('GET', `/api/cases${qs ? `?${qs}` : ''}`, undefined, 'no-store');
  },
  case: (id: string) => request<CaseDetail>('GET', `/api/cases/${enc(id)}`, undefined, 'no-store'),
  /** The audited screenshot route, for an `<img src>`. */
  screenshotUrl: (caseId: string, screenshotId: string) => `/api/cases/${enc(caseId)}/screenshots/${enc(screenshotId)}`,
  claimCase: (id: string) => request<CaseSummary>('POST', `/api/cases/${enc(id)}/claim`),
  assignCase: (id: string, expertId: string) => request<CaseSummary>('POST', `/api/cases/${enc(id)}/assign`, { expertId }),
  /** Counsellors a case can be handed to (active experts). */
  counsellors: () => request<{ counsellors: Counsellor[] }>('GET', '/api/cases/counsellors', undefined, 'no-store'),
  setCaseStatus: (id: string, status: CaseStatus) => request<CaseSummary>('POST', `/api/cases/${enc(id)}/status`, { status }),
  addCaseNote: (id: string, text: string) => request<{ id: string; at: string }>('POST', `/api/cases/${enc(id)}/notes`, { text }),
  addCaseReply: (id: string, text: string) => request<{ id: string; at: string }>('POST', `/api/cases/${enc(id)}/replies`, { text }),
  referCase: (id: string, body: ReferralRequest) => request<ReferralCreated>('POST', `/api/cases/${enc(id)}/referrals`, body),
  proposeIndicator: (caseId: string, body: { kind: IndicatorKind; value: string; scheme: string }) =>
    request<IndicatorView>('POST', `/api/cases/${enc(caseId)}/indicators`, body),
  proposedIndicators: () => request<{ indicators: IndicatorView[] }>('GET', '/api/indicators/proposed', undefined, 'no-store'),
  confirmIndicator: (id: string) => request<IndicatorView>('POST', `/api/indicators/${enc(id)}/confirm`),
  rejectIndicator: (id: string) => request<IndicatorView>('POST', `/api/indicators/${enc(id)}/reject`),
  indicators: requestIndicators,
};

/** The typed client: one function per API route the web app uses. */
export const api = {
  session: () => request<SessionResponse>('GET', '/api/auth/session'),
  login: (email: string, password: string) => request<SessionResponse>('POST', '/api/auth/login', { email, password }),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout'),
  users: () => request<{ users: UserRow[] }>('GET', '/api/users'),
  provinces: () => request<{ provinces: Province[] }>('GET', '/api/provinces'),
  learnProgress: () => request<{ items: LearnProgressItem[] }>('GET', '/api/learn/progress'),
  putLearnProgress: (items: LearnProgressItem[]) => request<{ items: LearnProgressItem[] }>('PUT', '/api/learn/progress', { items }),
  createCertificate: requestCertificate,
  certificate: (code: string) => request<CertificateVerification>('GET', `/api/certificates/${encodeURIComponent(code)}`),
  schoolNames: (q: string, provinceId?: string) =>
    request<{ schools: { id: string; name: string; provinceId: string }[] }>(
      'GET',
      `/api/campaign/schools/names?q=${encodeURIComponent(q)}${provinceId ? `&provinceId=${encodeURIComponent(provinceId)}` : ''}`,
    ),
  pledge: (body: PledgeRequest) => request<PledgeResponse>('POST', '/api/pledges', body),
  /** `fresh`: revalidate instead of using the browser's cached copy (e.g. right after pledging). */
  pledgeCounts: (fresh = false) => request<PledgeCounts>('GET', '/api/pledges/counts', undefined, fresh ? 'no-cache' : undefined),
};

/** Sends a file as the raw request body (the campaign imports stream it). */
async function upload<T>(url: string, file: Blob, contentType: string): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18next.language || 'vi', 'content-type': contentType };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: file });
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

const campaignQuery = (params: Record<string, string | number | undefined>) => {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return qs ? `?${qs}` : '';
};

/** Campaign (Chiến dịch): dashboard and drill-down, imports, trainings, event check-in. */
export const campaignApi = {
  /** The dashboard of one campaign; without an id, of the latest one. */
  dashboard: (campaignId?: string) => request<CampaignDashboard>('GET', `/api/campaign/dashboard${campaignQuery({ campaignId })}`, undefined, 'no-store'),
  campaigns: () => request<Campaign[]>('GET', '/api/campaign/campaigns', undefined, 'no-store'),
  /** The national campaign's targets, to prefill a new campaign. */
  campaignDefaults: () => request<{ targets: CampaignTargets }>('GET', '/api/campaign/campaigns/defaults'),
  createCampaign: (body: CampaignInput) => request<Campaign>('POST', '/api/campaign/campaigns', body),
  updateCampaign: (id: string, body: CampaignInput) => request<Campaign>('PUT', `/api/campaign/campaigns/${enc(id)}`, body),
  provinceSchools: (provinceId: string) =>
    request<Page<DrillSchool>>('GET', `/api/campaign/dashboard/provinces/${enc(provinceId)}/schools?limit=500`, undefined, 'no-store'),
  schoolTrainings: (schoolId: string) =>
    request<Page<CampaignTraining>>('GET', `/api/campaign/dashboard/schools/${enc(schoolId)}/trainings?limit=500`, undefined, 'no-store'),
  importFile: (kind: ImportKind, mode: 'preview' | 'commit', file: Blob, contentType: string, importId?: string) =>
    upload<ImportResult>(`/api/campaign/imports${campaignQuery({ kind, mode, importId })}`, file, contentType),
  importRecord: (id: string) => request<ImportRecord>('GET', `/api/campaign/imports/${enc(id)}`, undefined, 'no-store'),
  schools: (q: string) => request<Page<CampaignSchool>>('GET', `/api/campaign/schools${campaignQuery({ q, limit: 20 })}`, undefined, 'no-store'),
  experts: (provinceId?: string) =>
    request<Page<CampaignExpert>>('GET', `/api/campaign/experts${campaignQuery({ provinceId, limit: 500 })}`, undefined, 'no-store'),
  trainings: (status?: TrainingStatus) =>
    request<Page<CampaignTraining>>('GET', `/api/campaign/trainings${campaignQuery({ status, limit: 200 })}`, undefined, 'no-store'),
  requestTraining: (body: TrainingRequest) => request<CampaignTraining>('POST', '/api/campaign/trainings', body),
  approveTraining: (id: string, body: { expertIds: string[]; startAt: string; endAt: string }) =>
    request<CampaignTraining>('POST', `/api/campaign/trainings/${enc(id)}/approve`, body),
  reportTraining: (id: string, body: TrainingReport) => request<CampaignTraining>('POST', `/api/campaign/trainings/${enc(id)}/report`, body),
  checkIn: (eventId: string, code: string) => request<EventCounter>('POST', `/api/campaign/events/${enc(eventId)}/check-in`, { code }),
  eventCounter: (eventId: string) => request<EventCounter>('GET', `/api/campaign/events/${enc(eventId)}/counter`, undefined, 'no-store'),
  events: () => request<Page<CampaignEvent>>('GET', `/api/campaign/events${campaignQuery({ limit: 200 })}`, undefined, 'no-store'),
  createEvent: (body: EventRequest) => request<CampaignEvent>('POST', '/api/campaign/events', body),
  updateEventStats: (eventId: string, body: EventStats) => request<CampaignEvent>('PATCH', `/api/campaign/events/${enc(eventId)}/stats`, body),
  /** Public: the registration page's event, without a session. */
  publicEvent: (eventId: string) => request<PublicEvent>('GET', `/api/campaign/events/${enc(eventId)}/public`),
  /** Public: issues a ticket (a random code and its QR), nothing about the holder. */
  issueTicket: (eventId: string) => request<EventTicket>('POST', `/api/campaign/events/${enc(eventId)}/tickets`),
  /** Public: the current campaign's headline counters; a count under 5 comes back as null. */
  publicCounters: () => request<PublicCounters>('GET', '/api/campaign/dashboard/public'),
};

/** Campaign lists (schools, experts, social reach): paged, filtered, and the forms that add to them. */
export const campaignListsApi = {
  schools: (filter: { q?: string; provinceId?: string; level?: SchoolLevel | ''; limit: number; offset: number }) =>
    request<Page<CampaignSchoolRow>>('GET', `/api/campaign/schools${campaignQuery(filter)}`, undefined, 'no-store'),
  saveSchool: (body: SchoolInput) => request<UpsertCounts>('POST', '/api/campaign/schools', body),
  experts: (filter: { q?: string; provinceId?: string; topic?: string; limit: number; offset: number }) =>
    request<Page<CampaignExpert>>('GET', `/api/campaign/experts${campaignQuery(filter)}`, undefined, 'no-store'),
  expertTopics: () => request<{ topics: ExpertTopic[] }>('GET', '/api/campaign/experts/topics', undefined, 'no-store'),
  saveExpert: (body: ExpertInput) => request<UpsertCounts>('POST', '/api/campaign/experts', body),
  influencers: (page: { limit: number; offset: number }) =>
    request<Page<CampaignInfluencer>>('GET', `/api/campaign/social/influencers${campaignQuery(page)}`, undefined, 'no-store'),
  addInfluencer: (body: InfluencerInput) => request<{ id: string }>('POST', '/api/campaign/social/influencers', body),
  posts: (filter: { hashtag?: string; platform?: string; limit: number; offset: number }) =>
    request<Page<CampaignPost>>('GET', `/api/campaign/social/posts${campaignQuery(filter)}`, undefined, 'no-store'),
};

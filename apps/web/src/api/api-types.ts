/** Shapes of the server's JSON, as declared by its zod route schemas (see /api/docs). */

export type Role = 'student' | 'parent' | 'teacher' | 'expert' | 'organizer' | 'admin';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  provinceId: string | null;
}

export interface SessionResponse {
  user: SessionUser | null;
  csrfToken: string;
}

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  provinceId: string | null;
  locked: boolean;
  createdAt: string;
}

export interface Province {
  id: string;
  name: string;
  nameAscii: string;
  kind: 'city' | 'province';
  formerNames: string[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

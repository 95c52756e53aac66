import type { TFunction } from 'i18next';
import type { ExpertInput, InfluencerInput, SchoolInput, SchoolLevel } from '../../api/api-types.js';
import { serverFieldErrors, type FieldMessages } from '../../ui/form-errors.js';

/** A form's problems by field, as keys of the `lists.errors` strings. */
export type FieldProblems<F extends string> = Partial<Record<F, 'required' | 'choose' | 'tooLong' | 'email' | 'number'>>;

/** The result of checking a form: what to send, or what to fix. */
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; problems: FieldProblems<F> };

/**
 * Each field's message: the form's own check, in the page's words (`<section>.fields.<field>`
 * names the field), or else what the server said about it.
 */
export function listFieldMessages<F extends string>(t: TFunction<'campaign'>, section: string, problems: FieldProblems<F>, error: unknown): FieldMessages<F> {
  const messages = serverFieldErrors<F>(error);
  for (const [field, problem] of Object.entries(problems) as [F, string][]) {
    messages[field] = t(`lists.errors.${problem}`, { field: t(`${section}.fields.${field}`) });
  }
  return messages;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Splits "a; b, c" (as the imports accept) into trimmed, distinct, non-empty items. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[;,|\n]/).map((s) => s.trim()).filter(Boolean))];
}

/** Reads "1.250.000", "1 250 000" or "1250000" as a whole number; null when it is not one. */
export function parseCount(text: string): number | null {
  const digits = text.replace(/[.\s\u00a0]/g, '');
  if (digits === '') return 0;
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
}

type SchoolField = 'code' | 'name' | 'level' | 'provinceId' | 'address';

/** Checks the "Thêm trường" form against the server's rules (code ≤ 40, name ≤ 200, address ≤ 300). */
export function checkSchool(form: { code: string; name: string; level: SchoolLevel | ''; provinceId: string; address: string }): Checked<SchoolInput, SchoolField> {
  const problems: FieldProblems<SchoolField> = {};
  const code = form.code.trim();
  const name = form.name.trim();
  const address = form.address.trim();
  if (!code) problems.code = 'required';
  else if (code.length > 40) problems.code = 'tooLong';
  if (!name) problems.name = 'required';
  else if (name.length > 200) problems.name = 'tooLong';
  if (!form.level) problems.level = 'choose';
  if (!form.provinceId) problems.provinceId = 'choose';
  if (address.length > 300) problems.address = 'tooLong';
  if (Object.keys(problems).length > 0 || !form.level) return { ok: false, problems };
  return { ok: true, value: { code, name, level: form.level, provinceId: form.provinceId, address: address || null } };
}

type ExpertField = 'name' | 'email' | 'provinces' | 'topics' | 'availability';

/** Checks the "Thêm chuyên gia" form; `provinces` are ids, the home province first. */
export function checkExpert(form: { name: string; email: string; provinces: string[]; topics: string; availability: string }): Checked<ExpertInput, ExpertField> {
  const problems: FieldProblems<ExpertField> = {};
  const name = form.name.trim();
  const email = form.email.trim();
  const topics = splitList(form.topics);
  const availability = form.availability.trim();
  if (!name) problems.name = 'required';
  else if (name.length > 120) problems.name = 'tooLong';
  if (email && (!EMAIL.test(email) || email.length > 200)) problems.email = 'email';
  if (form.provinces.length === 0) problems.provinces = 'choose';
  if (topics.length > 30 || topics.some((topic) => topic.length > 80)) problems.topics = 'tooLong';
  if (availability.length > 300) problems.availability = 'tooLong';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { name, email: email || null, provinces: form.provinces, topics, availability: availability || null } };
}

type InfluencerField = 'name' | 'platforms' | 'followers';

/** Checks the "Thêm người có ảnh hưởng" form. */
export function checkInfluencer(form: { name: string; platforms: string; followers: string }): Checked<InfluencerInput, InfluencerField> {
  const problems: FieldProblems<InfluencerField> = {};
  const name = form.name.trim();
  const platforms = splitList(form.platforms);
  const followers = parseCount(form.followers);
  if (!name) problems.name = 'required';
  else if (name.length > 200) problems.name = 'tooLong';
  if (platforms.length === 0) problems.platforms = 'required';
  else if (platforms.length > 10 || platforms.some((p) => p.length > 40)) problems.platforms = 'tooLong';
  if (followers === null) problems.followers = 'number';
  if (Object.keys(problems).length > 0 || followers === null) return { ok: false, problems };
  return { ok: true, value: { name, platforms, followers } };
}

import { randomInt, randomUUID } from 'node:crypto';
import { SCHEME_IDS } from '@kmm/detector';
import type { Kysely, Transaction } from 'kysely';
import { hashPassword } from '../../accounts/password-hasher.js';
import { appendAudit } from '../../audit/audit-log.js';
import { newReadableCode } from '../../codes/readable-code.js';
import type { DataCipher } from '../../crypto/data-cipher.js';
import type { Database } from '../../db/schema.js';
import { timeOrderedId } from '../../db/time-ordered-id.js';
import { AppError } from '../../errors/app-error.js';
import { cleanImage } from '../../images/clean-image.js';
import { InvalidImageError } from '../../images/invalid-image-error.js';
import { AGE_RANK, computeUrgency, responseDue, RISK_RANK, URGENCY_RANK } from '../cases/case-urgency.js';
import { isoWeek } from '../cases/iso-week.js';
import { REPORT_CODE_PREFIX } from './report-code.js';
import { REPORT_LIMITS, type ReportBody } from './reports-schemas.js';

const KNOWN_SCHEMES: ReadonlySet<string> = new Set(SCHEME_IDS);

/** Checks the scheme ids; returns the known ones (`unknown` alone means "cannot say"). */
function checkSchemes(schemes: readonly string[]): string[] {
  for (const scheme of schemes) {
    if (scheme !== 'unknown' && !KNOWN_SCHEMES.has(scheme)) throw new AppError(400, 'unknown_scheme', { scheme });
  }
  return schemes.filter((s) => s !== 'unknown');
}

/** Decodes, checks and strips each screenshot; the count is checked before any decoding. */
function cleanScreenshots(screenshots: NonNullable<ReportBody['screenshots']>): { mime: string; data: Uint8Array }[] {
  if (screenshots.length > REPORT_LIMITS.screenshots) throw new AppError(400, 'too_many_files', { max: REPORT_LIMITS.screenshots });
  const maxMb = REPORT_LIMITS.screenshotBytes / 1024 / 1024;
  return screenshots.map((shot) => {
    // base64 of n bytes is 4·⌈n/3⌉ characters: reject oversize files before decoding them.
    if (shot.dataBase64.length > Math.ceil(REPORT_LIMITS.screenshotBytes / 3) * 4) throw new AppError(413, 'file_too_large', { max: maxMb });
    const bytes = Buffer.from(shot.dataBase64, 'base64');
    if (bytes.length > REPORT_LIMITS.screenshotBytes) throw new AppError(413, 'file_too_large', { max: maxMb });
    try {
      return { mime: shot.mime, data: cleanImage(shot.mime, bytes) };
    } catch (error) {
      if (error instanceof InvalidImageError) throw new AppError(400, 'invalid_image');
      throw error;
    }
  });
}

/** A new 6-digit PIN, shown to the reporter once. */
function newPin(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

async function unusedCode(db: Kysely<Database>): Promise<string> {
  // 40 random bits make a clash very unlikely; checking keeps it impossible.
  for (;;) {
    const code = newReadableCode(REPORT_CODE_PREFIX);
    const taken = await db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirst();
    if (!taken) return code;
  }
}

/** The answer to a new report: what the reporter needs to follow it up. */
export interface ReportCreated {
  code: string;
  pin: string;
}

/** Runs inside the intake transaction, after the case is written; throwing undoes the case. */
export type WithinIntake = (trx: Transaction<Database>, created: ReportCreated & { caseId: string }) => Promise<void>;

/**
 * Takes an anonymous report: checks it, sets its urgency and response target, strips image
 * metadata, encrypts everything the reporter wrote, and returns the code and PIN to follow
 * it up. Only an argon2id hash of the PIN is kept. `within` adds writes that stand or fall
 * with the case (the idempotency record).
 */
export async function createReport(db: Kysely<Database>, cipher: DataCipher, body: ReportBody, now: Date = new Date(), within?: WithinIntake): Promise<ReportCreated> {
  const chosenSchemes = checkSchemes(body.schemes ?? []);
  if (body.contact && body.contactConsent !== true) throw new AppError(400, 'contact_consent_required');
  if (body.provinceId) {
    const province = await db.selectFrom('provinces').select('id').where('id', '=', body.provinceId).executeTakeFirst();
    if (!province) throw new AppError(400, 'unknown_province');
  }
  const screenshots = cleanScreenshots(body.screenshots ?? []);

  const urgency = computeUrgency({ emergency: body.emergency, risk: body.detector?.risk, schemes: chosenSchemes });
  const detectorSchemes = body.detector?.schemes.map((s) => s.id) ?? [];
  // The reporter's own choice wins; the detector's reading stands in when they could not say.
  const schemes = chosenSchemes.length ? chosenSchemes : detectorSchemes.length ? detectorSchemes : ['unknown'];
  const code = await unusedCode(db);
  const pin = newPin();
  const pinHash = await hashPassword(pin);
  const id = randomUUID();
  const at = now.toISOString();
  const evidence = body.links?.length || body.phones?.length ? { links: body.links ?? [], phones: body.phones ?? [] } : null;

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id,
        code,
        pin_hash: pinHash,
        pin_locked_until: null,
        status: 'new',
        urgency,
        urgency_rank: URGENCY_RANK[urgency],
        risk: body.detector?.risk ?? null,
        risk_rank: RISK_RANK[body.detector?.risk ?? 'none'],
        age_band: body.ageBand ?? null,
        age_rank: AGE_RANK[body.ageBand ?? 'unknown'],
        reporter: body.reporter ?? null,
        province_id: body.provinceId ?? null,
        week: isoWeek(now),
        emergency: body.emergency ? 1 : 0,
        contact_consent: body.contactConsent ? 1 : 0,
        referral_consent: 0,
        detector: body.detector ? JSON.stringify({ risk: body.detector.risk, schemes: body.detector.schemes }) : null,
        pdq_hashes: JSON.stringify((body.pdqHashes ?? []).map((h) => h.toLowerCase())),
        narrative_enc: cipher.encrypt(body.narrative),
        conversation_enc: cipher.encryptOptional(body.conversation),
        evidence_enc: evidence ? cipher.encrypt(JSON.stringify(evidence)) : null,
        nickname_enc: cipher.encryptOptional(body.nickname),
        contact_enc: cipher.encryptOptional(body.contact),
        assigned_to: null,
        created_at: at,
        due_at: responseDue(now, urgency).toISOString(),
        first_response_at: null,
        updated_at: at,
        closed_at: null,
        purged_at: null,
      })
      .execute();
    await trx.insertInto('case_schemes').values([...new Set(schemes)].map((scheme) => ({ case_id: id, scheme }))).execute();
    for (const shot of screenshots) {
      await trx
        .insertInto('case_screenshots')
        .values({ id: timeOrderedId(now.getTime()), case_id: id, mime: shot.mime, bytes: shot.data.length, data_enc: cipher.encryptBytes(shot.data), created_at: at })
        .execute();
    }
    await trx
      .insertInto('case_events')
      .values({ id: timeOrderedId(now.getTime()), case_id: id, at, user_id: null, kind: 'created', detail: JSON.stringify({ urgency }) })
      .execute();
    await appendAudit(trx, { userId: null, action: 'report.create', caseId: id, detail: { urgency } }, now);
    await within?.(trx, { code, pin, caseId: id });
  });
  return { code, pin };
}

/**
 * One idempotency key that created a case (migration 0006), kept for 24 h; see
 * `IdempotencyKey` for what each column holds (nothing in it reveals the report or the PIN).
 */
export interface ReportIdempotencyTable {
  key_hash: string;
  case_id: string;
  body_mac: string;
  pin_sealed: string;
  created_at: string;
}

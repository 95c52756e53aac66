/** An issued certificate: enough to verify it, nothing more. */
export interface CertificatesTable {
  code: string;
  name: string;
  band: string;
  issued_at: string;
}

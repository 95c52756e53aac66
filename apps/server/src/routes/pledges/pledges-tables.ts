/**
 * One pledge: a count row without contact data. `device_hash` is a SHA-256 of the
 * device's random id, so a device pledges once without the id itself being kept.
 */
export interface PledgesTable {
  id: string;
  device_hash: string;
  first_name: string | null;
  school: string | null;
  province_id: string;
  band: string;
  created_at: string;
}

export { PROVINCES, type Province } from './provinces/provinces.js';
export { findProvince } from './provinces/find-province.js';

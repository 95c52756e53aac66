export { PledgePage } from './PledgePage.js';

export { CheckPage } from './CheckRoute.js';

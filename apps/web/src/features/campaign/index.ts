export { CheckInPage } from './CheckInPage.js';
export { DashboardPage } from './DashboardPage.js';
export { ImportsPage } from './ImportsPage.js';
export { TrainingsPage } from './TrainingsPage.js';

export { EmergencyPage } from './EmergencyPage.js';
export { FollowUpPage } from './FollowUpPage.js';
export { HelpPage } from './HelpPage.js';
export { ReportPage } from './ReportRoute.js';

export { CasePage, InboxPage, ProposedIndicatorsPage } from './CasesRoutes.js';

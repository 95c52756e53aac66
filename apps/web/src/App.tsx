import { useEffect } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider, SignInPage } from './features/auth/index.js';
import {
  CampaignsPage,
  CheckInPage,
  DashboardPage,
  EventRegistrationPage,
  EventsPage,
  ExpertsPage,
  ImportsPage,
  PublicCountersPage,
  SchoolsPage,
  SocialPage,
  TrainingsPage,
} from './features/campaign/index.js';
import { CasePage, InboxPage, ProposedIndicatorsPage } from './features/cases/index.js';
import { CheckPage } from './features/check/index.js';
import { EmergencyPage, FollowUpPage, HelpPage, ReportPage } from './features/help/index.js';
import { HomePage } from './features/home/index.js';
import {
  CurriculumMapPage,
  LearnHomePage,
  LessonPage,
  QuizPage,
  ScenarioPage,
  ScenarioPreviewPage,
  VerifyCertificatePage,
} from './features/learn/index.js';
import { startIndicatorSync } from './features/indicators/index.js';
import { PledgePage } from './features/pledge/index.js';
import { UsersPage } from './features/users/index.js';
import { Layout, type NavItem } from './ui/Layout.js';
import { NotFoundPage } from './ui/NotFoundPage.js';

/** The header's entries; each feature adds its own when it lands. */
const NAV: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/kiem-tra', labelKey: 'nav.check' },
  { to: '/hoc', labelKey: 'nav.learn' },
  { to: '/cam-ket', labelKey: 'nav.pledge' },
  { to: '/hop-thu', labelKey: 'nav.inbox', roles: ['expert', 'admin'] },
  { to: '/tai-khoan', labelKey: 'nav.users', roles: ['admin'] },
  { to: '/chien-dich', labelKey: 'nav.campaign', roles: ['organizer', 'admin'] },
  { to: '/chien-dich/tap-huan', labelKey: 'nav.trainings', roles: ['teacher', 'expert', 'organizer', 'admin'] },
];

const router = createBrowserRouter([
  {
    element: <Layout nav={NAV} />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'kiem-tra', element: <CheckPage /> },
      { path: 'hoc', element: <LearnHomePage /> },
      { path: 'hoc/ban-do', element: <CurriculumMapPage /> },
      { path: 'hoc/tinh-huong/:id', element: <ScenarioPage /> },
      { path: 'hoc/cau-hoi/:id', element: <QuizPage /> },
      { path: 'hoc/bai/:id', element: <LessonPage /> },
      { path: 'hoc/xem-truoc', element: <ScenarioPreviewPage /> },
      { path: 'xac-minh/:code', element: <VerifyCertificatePage /> },
      { path: 'cam-ket', element: <PledgePage /> },
      { path: 'tro-giup', element: <HelpPage /> },
      { path: 'tro-giup/khan-cap/:situation', element: <EmergencyPage /> },
      { path: 'bao-cao', element: <ReportPage /> },
      { path: 'theo-doi', element: <FollowUpPage /> },
      { path: 'hop-thu', element: <InboxPage /> },
      { path: 'hop-thu/dau-hieu', element: <ProposedIndicatorsPage /> },
      { path: 'hop-thu/:id', element: <CasePage /> },
      { path: 'dang-nhap', element: <SignInPage /> },
      { path: 'tai-khoan', element: <UsersPage /> },
      { path: 'chien-dich', element: <DashboardPage /> },
      { path: 'chien-dich/chien-dich', element: <CampaignsPage /> },
      { path: 'chien-dich/nhap-du-lieu', element: <ImportsPage /> },
      { path: 'chien-dich/tap-huan', element: <TrainingsPage /> },
      { path: 'chien-dich/truong-hoc', element: <SchoolsPage /> },
      { path: 'chien-dich/chuyen-gia', element: <ExpertsPage /> },
      { path: 'chien-dich/mang-xa-hoi', element: <SocialPage /> },
      { path: 'chien-dich/su-kien', element: <EventsPage /> },
      { path: 'chien-dich/su-kien/:id/check-in', element: <CheckInPage /> },
      { path: 'su-kien/:id', element: <EventRegistrationPage /> },
      { path: 'so-lieu', element: <PublicCountersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The whole web app: session, routes, layout. */
export function App() {
  // Confirmed scam numbers, sites and phrases for the browser's detector: refreshed at start and when back online.
  useEffect(() => startIndicatorSync(), []);
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}

import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider, SignInPage } from './features/auth/index.js';
import { HomePage } from './features/home/index.js';
import { UsersPage } from './features/users/index.js';
import { Layout, type NavItem } from './ui/Layout.js';
import { NotFoundPage } from './ui/NotFoundPage.js';

/** The header's entries; each feature adds its own when it lands. */
const NAV: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/tai-khoan', labelKey: 'nav.users', roles: ['admin'] },
];

const router = createBrowserRouter([
  {
    element: <Layout nav={NAV} />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'dang-nhap', element: <SignInPage /> },
      { path: 'tai-khoan', element: <UsersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The whole web app: session, routes, layout. */
export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}

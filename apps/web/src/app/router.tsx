import { createBrowserRouter } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { LoginPage } from '../features/auth/login-page';
import { RegisterPage } from '../features/auth/register-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { VerifyEmailPage } from '../features/auth/verify-email-page';
import { CallsPage } from '../features/calls/calls-page';
import { PublicCallPage } from '../features/calls/public-call-page';
import { NotFoundPage } from '../features/errors/not-found-page';
import { RouteErrorPage } from '../features/errors/route-error-page';
import { HomePage } from '../features/home/home-page';
import { PageLoader } from '../components/page-loader';
import { AppLayout } from './layout/app-layout';
import { RequireAuth, RequirePermission } from './route-guards';

// Signed-in areas load on demand: most visitors only read the public pages.
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    // Shown while a lazily loaded page's code arrives on the first visit.
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        // Errors render inside the layout, so the header and language switcher stay.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'calls', element: <CallsPage /> },
          { path: 'calls/:id', element: <PublicCallPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          {
            element: <RequireAuth />,
            children: [
              {
                path: 'account',
                lazy: async () => ({
                  Component: (await import('../features/account/account-page')).AccountPage,
                }),
              },
              {
                element: <RequirePermission permission="calls:manage" />,
                children: [
                  {
                    path: 'manage/calls',
                    lazy: async () => ({
                      Component: (await import('../features/calls/manage-calls-page')).ManageCallsPage,
                    }),
                  },
                  {
                    path: 'manage/calls/new',
                    lazy: async () => ({
                      Component: (await import('../features/calls/new-call-page')).NewCallPage,
                    }),
                  },
                  {
                    path: 'manage/calls/:id',
                    lazy: async () => ({
                      Component: (await import('../features/calls/edit-call-page')).EditCallPage,
                    }),
                  },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

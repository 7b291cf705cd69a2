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
import { EventsPage } from '../features/events/events-page';
import { EventPage } from '../features/events/event-page';
import { EventLinkPage } from '../features/events/event-link-page';
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
          { path: 'events', element: <EventsPage /> },
          { path: 'events/confirm', element: <EventLinkPage purpose="confirm" /> },
          { path: 'events/cancel', element: <EventLinkPage purpose="cancel" /> },
          { path: 'events/:id', element: <EventPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'login', element: <LoginPage /> },
          {
            path: 'login/second-factor',
            lazy: async () => ({
              Component: (await import('../features/auth/second-factor-page')).SecondFactorPage,
            }),
          },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          {
            element: <RequireAuth />,
            children: [
              {
                element: <RequirePermission permission="events:manage" />,
                children: [
                  {
                    path: 'manage/events/new',
                    lazy: async () => ({ Component: (await import('../features/events/event-form-page')).NewEventPage }),
                  },
                  {
                    path: 'manage/events/:id/edit',
                    lazy: async () => ({ Component: (await import('../features/events/event-form-page')).EditEventPage }),
                  },
                  {
                    path: 'manage/events/:id/check-in',
                    lazy: async () => ({ Component: (await import('../features/events/event-check-in-page')).EventCheckInPage }),
                  },
                ],
              },
              {
                path: 'account',
                lazy: async () => ({
                  Component: (await import('../features/account/account-page')).AccountPage,
                }),
              },
              {
                path: 'account/two-factor',
                lazy: async () => ({
                  Component: (await import('../features/account/two-factor-setup-page')).TwoFactorSetupPage,
                }),
              },
              {
                element: <RequirePermission permission="notifications:self" />,
                children: [
                  {
                    path: 'notifications',
                    lazy: async () => ({
                      Component: (await import('../features/notifications/notifications-page')).NotificationsPage,
                    }),
                  },
                ],
              },
              {
                // Staff may read an organisation too; the API decides who sees which.
                path: 'organisations/:id',
                lazy: async () => ({
                  Component: (await import('../features/organisations/organisation-page')).OrganisationPage,
                }),
              },
              {
                path: 'invitations/accept',
                lazy: async () => ({
                  Component: (await import('../features/organisations/accept-invitation-page')).AcceptInvitationPage,
                }),
              },
              {
                element: <RequirePermission permission="organisations:use" />,
                children: [
                  {
                    path: 'organisations',
                    lazy: async () => ({
                      Component: (await import('../features/organisations/my-organisations-page')).MyOrganisationsPage,
                    }),
                  },
                  {
                    path: 'organisations/new',
                    lazy: async () => ({
                      Component: (await import('../features/organisations/new-organisation-page')).NewOrganisationPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="organisations:review-claims" />,
                children: [
                  {
                    path: 'manage/organisation-claims',
                    lazy: async () => ({
                      Component: (await import('../features/organisations/manage-claims-page')).ManageClaimsPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="applications:apply" />,
                children: [
                  {
                    path: 'dashboard',
                    lazy: async () => ({
                      Component: (await import('../features/dashboard/dashboard-page')).DashboardPage,
                    }),
                  },
                  {
                    path: 'applications/:id',
                    lazy: async () => ({
                      Component: (await import('../features/applications/application-editor-page')).ApplicationEditorPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="applications:read-all" />,
                children: [
                  {
                    path: 'manage/calls/:callId/applications',
                    lazy: async () => ({
                      Component: (await import('../features/applications/call-applications-page')).CallApplicationsPage,
                    }),
                  },
                  {
                    path: 'manage/applications/:id',
                    lazy: async () => ({
                      Component: (await import('../features/applications/manage-application-page')).ManageApplicationPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="reviews:work" />,
                children: [
                  {
                    path: 'reviews',
                    lazy: async () => ({
                      Component: (await import('../features/reviews/my-reviews-page')).MyReviewsPage,
                    }),
                  },
                  {
                    path: 'reviews/:id',
                    lazy: async () => ({
                      Component: (await import('../features/reviews/review-assignment-page')).ReviewAssignmentPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="reviews:manage" />,
                children: [
                  {
                    path: 'manage/calls/:callId/review',
                    lazy: async () => ({
                      Component: (await import('../features/reviews/manage/review-manage-page')).ReviewManagePage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="eligibility:manage" />,
                children: [
                  {
                    path: 'manage/calls/:callId/eligibility',
                    lazy: async () => ({
                      Component: (await import('../features/eligibility/call-eligibility-page')).CallEligibilityPage,
                    }),
                  },
                  {
                    path: 'manage/applications/:id/eligibility',
                    lazy: async () => ({
                      Component: (await import('../features/eligibility/application-eligibility-page')).ApplicationEligibilityPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="decisions:manage" />,
                children: [
                  {
                    path: 'manage/calls/:callId/decisions',
                    lazy: async () => ({
                      Component: (await import('../features/decisions/decisions-page')).DecisionsPage,
                    }),
                  },
                  {
                    path: 'manage/calls/:callId/letters',
                    lazy: async () => ({
                      Component: (await import('../features/decisions/letters-page')).LettersPage,
                    }),
                  },
                  {
                    path: 'manage/applications/:id/scores',
                    lazy: async () => ({
                      Component: (await import('../features/decisions/application-scores-page')).ApplicationScoresPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="calls:manage" />,
                children: [
                  {
                    path: 'workspace/coordinator',
                    lazy: async () => ({
                      Component: (await import('../features/workspace/coordinator-home-page')).CoordinatorHomePage,
                    }),
                  },
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
                  {
                    path: 'manage/calls/:id/form',
                    lazy: async () => ({
                      Component: (await import('../features/call-forms/call-form-builder-page')).CallFormBuilderPage,
                    }),
                  },
                ],
              },
              {
                // Until consultations land with a permission of their own, any signed-in user may open this empty page.
                path: 'consultations',
                lazy: async () => ({
                  Component: (await import('../features/workspace/work-coming-page')).ConsultationsHomePage,
                }),
              },
              {
                element: <RequirePermission permission="users:manage" />,
                children: [
                  {
                    path: 'admin',
                    lazy: async () => ({
                      Component: (await import('../features/admin/admin-users-page')).AdminUsersPage,
                    }),
                  },
                  {
                    path: 'admin/users/:id',
                    lazy: async () => ({
                      Component: (await import('../features/admin/admin-user-page')).AdminUserPage,
                    }),
                  },
                  {
                    path: 'admin/programmes',
                    lazy: async () => ({
                      Component: (await import('../features/admin/admin-programmes-page')).AdminProgrammesPage,
                    }),
                  },
                  {
                    path: 'admin/jobs',
                    lazy: async () => ({
                      Component: (await import('../features/admin/admin-jobs-page')).AdminJobsPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="audit:read" />,
                children: [
                  {
                    path: 'admin/audit',
                    lazy: async () => ({
                      Component: (await import('../features/admin/admin-audit-page')).AdminAuditPage,
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

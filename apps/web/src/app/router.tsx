import { createBrowserRouter } from 'react-router';
import { RouteErrorPage } from '../features/errors/route-error-page';
import { PageLoader } from '../components/page-loader';
import { loadTexts } from '../i18n/i18n';
import { CALL_PAGE_TEXT_AREAS } from '../i18n/text-areas';
import { AppLayout } from './layout/app-layout';
import { RequireAuth, RequirePermission } from './route-guards';

// Every page loads on demand: a first visit downloads the frame and that one page only
// (apps/web/build/route-sizes.ts reports the sizes, bench/test/web-size.test.mjs holds the budget).
// A public page that shows texts of an area (i18n/text-areas.ts) loads them with its code;
// signed-in pages have every area already (the signed-in user comes with them, auth.api.ts).
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
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/home/home-page')).HomePage,
            }),
          },
          {
            path: 'calls',
            lazy: async () => ({
              Component: (await import('../features/calls/calls-page')).CallsPage,
            }),
          },
          {
            path: 'calls/:id',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/calls/public-call-page'), loadTexts(CALL_PAGE_TEXT_AREAS)]);
              return { Component: page.PublicCallPage };
            },
          },
          {
            path: 'events',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/events/events-page'), loadTexts(['events'])]);
              return { Component: page.EventsPage };
            },
          },
          {
            path: 'events/:id',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/events/event-page'), loadTexts(['events'])]);
              return { Component: page.EventPage };
            },
          },
          {
            path: 'events/confirm',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/events/event-link-page'), loadTexts(['events'])]);
              return { Component: () => <page.EventLinkPage purpose="confirm" /> };
            },
          },
          {
            path: 'events/cancel',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/events/event-link-page'), loadTexts(['events'])]);
              return { Component: () => <page.EventLinkPage purpose="cancel" /> };
            },
          },
          {
            path: 'resource-centres',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/resource-centres/resource-centres-page'), loadTexts(['consultations'])]);
              return { Component: page.ResourceCentresPage };
            },
          },
          {
            path: 'resource-centres/:id',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/resource-centres/resource-centre-page'), loadTexts(['consultations', 'events'])]);
              return { Component: page.ResourceCentrePage };
            },
          },
          {
            path: 'register',
            lazy: async () => ({
              Component: (await import('../features/auth/register-page')).RegisterPage,
            }),
          },
          {
            path: 'login',
            lazy: async () => ({
              Component: (await import('../features/auth/login-page')).LoginPage,
            }),
          },
          {
            path: 'login/second-factor',
            lazy: async () => {
              const [page] = await Promise.all([import('../features/auth/second-factor-page'), loadTexts(['security'])]);
              return { Component: page.SecondFactorPage };
            },
          },
          {
            path: 'verify-email',
            lazy: async () => ({
              Component: (await import('../features/auth/verify-email-page')).VerifyEmailPage,
            }),
          },
          {
            path: 'forgot-password',
            lazy: async () => ({
              Component: (await import('../features/auth/forgot-password-page')).ForgotPasswordPage,
            }),
          },
          {
            path: 'reset-password',
            lazy: async () => ({
              Component: (await import('../features/auth/reset-password-page')).ResetPasswordPage,
            }),
          },
          {
            element: <RequireAuth />,
            children: [
              {
                element: <RequirePermission permission="events:attend" />,
                children: [
                  {
                    path: 'events/mine',
                    lazy: async () => ({ Component: (await import('../features/events/my-registrations-page')).MyRegistrationsPage }),
                  },
                ],
              },
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
                element: <RequirePermission permission="projects:grantee" />,
                children: [
                  {
                    path: 'projects',
                    lazy: async () => ({
                      Component: (await import('../features/projects/my-projects-page')).MyProjectsPage,
                    }),
                  },
                  {
                    path: 'projects/:id',
                    lazy: async () => ({
                      Component: (await import('../features/projects/project-page')).ProjectPage,
                    }),
                  },
                  {
                    path: 'projects/:id/reports/:reportId',
                    lazy: async () => ({
                      Component: (await import('../features/reports/report-page')).ReportPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="projects:manage" />,
                children: [
                  {
                    path: 'manage/calls/:callId/projects',
                    lazy: async () => ({
                      Component: (await import('../features/projects/call-projects-page')).CallProjectsPage,
                    }),
                  },
                  {
                    path: 'manage/projects/:id',
                    lazy: async () => ({
                      Component: (await import('../features/projects/project-page')).ProjectPage,
                    }),
                  },
                  {
                    path: 'manage/projects/:id/reports/:reportId',
                    lazy: async () => ({
                      Component: (await import('../features/reports/report-page')).ReportPage,
                    }),
                  },
                  {
                    path: 'manage/calls/:callId/reports',
                    lazy: async () => ({
                      Component: (await import('../features/reports/call-report-settings-page')).CallReportSettingsPage,
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
                element: <RequirePermission permission="consultations:host" />,
                children: [
                  {
                    path: 'consultations',
                    lazy: async () => ({
                      Component: (await import('../features/consultations/consultant-agenda-page')).ConsultantAgendaPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="consultations:manage" />,
                children: [
                  {
                    path: 'manage/consultations/book',
                    lazy: async () => ({
                      Component: (await import('../features/consultations/book-consultation-page')).BookOnBehalfPage,
                    }),
                  },
                ],
              },
              {
                element: <RequirePermission permission="consultations:book" />,
                children: [
                  {
                    path: 'consultations/book',
                    lazy: async () => ({
                      Component: (await import('../features/consultations/book-consultation-page')).BookConsultationPage,
                    }),
                  },
                  {
                    path: 'consultations/mine',
                    lazy: async () => ({
                      Component: (await import('../features/consultations/booking-history')).MyConsultationsPage,
                    }),
                  },
                ],
              },
              {
                // Members, the consultant and coordinators: the API decides who sees what (private notes: staff only).
                path: 'consultations/:id',
                lazy: async () => ({
                  Component: (await import('../features/consultations/consultation-page')).ConsultationPage,
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
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('../features/errors/not-found-page')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
]);

import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import { createApiFetch } from './auth/api-fetch';
import { AuthProvider, useAuth } from './auth/auth-context';
import { createGraphqlClient } from './auth/graphql-client';
import { INITIAL_PASSWORD_PATH, InitialPasswordPage } from './auth/initial-password-page';
import { LoginPage } from './auth/login-page';
import { SessionRenewal } from './auth/session-renewal';
import { SessionStore } from './auth/session-store';
import { AppLayout } from './layout/app-layout';
import { navigationFor, type Section } from './layout/navigation';
import { NotFoundPage } from './pages/not-found-page';

// Every page is loaded on demand: the login page stays light, and the dashboard's ECharts loads only there.
const PAGES = {
  dashboard: lazy(() => import('./dashboard/dashboard-page')),
  committeeProgress: lazy(() => import('./committees/committee-progress-page')),
  plans: lazy(() => import('./plans/plans-page')),
  jointProject: lazy(() => import('./plans/joint-project-page')),
  localPlan: lazy(() => import('./plans/local-plan-page')),
  tasks: lazy(() => import('./tasks/tasks-page')),
  assignment: lazy(() => import('./tasks/assignment-page')),
  findings: lazy(() => import('./findings/findings-page')),
  finding: lazy(() => import('./findings/finding-page')),
  handoffs: lazy(() => import('./handoffs/handoffs-page')),
  handoff: lazy(() => import('./handoffs/handoff-page')),
  ledger: lazy(() => import('./ledger/ledger-page')),
  sessions: lazy(() => import('./sessions/sessions-page')),
  appraisals: lazy(() => import('./appraisals/appraisals-page')),
  appraisal: lazy(() => import('./appraisals/appraisal-page')),
  referrals: lazy(() => import('./referrals/referrals-page')),
  deputies: lazy(() => import('./deputies/deputies-page')),
  disclosures: lazy(() => import('./disclosure/disclosures-page')),
  publicDisclosures: lazy(() => import('./disclosure/public-disclosures-page')),
  experts: lazy(() => import('./experts/experts-page')),
  notifications: lazy(() => import('./notifications/notifications-page')),
  admin: lazy(() => import('./admin/admin-page')),
};
type PageName = keyof typeof PAGES;

/** The routes under each menu section: a section's pages exist only for accounts whose menu offers it. */
const ROUTES: Record<Section, Array<{ path: string; page: PageName }>> = {
  dashboard: [{ path: '/dashboard/:scopeTenantId?', page: 'dashboard' }],
  committeeProgress: [{ path: '/committee-progress', page: 'committeeProgress' }],
  plans: [
    { path: '/plans', page: 'plans' },
    { path: '/plans/projects/:projectId', page: 'jointProject' },
    { path: '/plans/local/:assignmentId', page: 'localPlan' },
  ],
  tasks: [
    { path: '/tasks', page: 'tasks' },
    { path: '/tasks/:assignmentId', page: 'assignment' },
    // A township files its local plan from its task: it has no plans section of its own.
    { path: '/tasks/:assignmentId/local-plan', page: 'localPlan' },
  ],
  findings: [
    { path: '/findings', page: 'findings' },
    { path: '/findings/:findingId', page: 'finding' },
  ],
  handoffs: [
    { path: '/handoffs', page: 'handoffs' },
    { path: '/handoffs/:handoffId', page: 'handoff' },
  ],
  ledger: [{ path: '/ledger', page: 'ledger' }],
  sessions: [{ path: '/sessions', page: 'sessions' }],
  appraisals: [
    { path: '/appraisals', page: 'appraisals' },
    { path: '/appraisals/:appraisalId', page: 'appraisal' },
  ],
  referrals: [{ path: '/referrals', page: 'referrals' }],
  deputies: [{ path: '/deputies', page: 'deputies' }],
  disclosures: [{ path: '/disclosures', page: 'disclosures' }],
  experts: [{ path: '/experts', page: 'experts' }],
  notifications: [{ path: '/notifications', page: 'notifications' }],
  admin: [{ path: '/admin/:tab?', page: 'admin' }],
};

function LazyPage({ name }: { name: PageName }) {
  const Page = PAGES[name];
  return (
    <Suspense fallback={<Spin style={{ display: 'block', marginTop: 96 }} />}>
      <Page />
    </Suspense>
  );
}

function RequireSignedIn() {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  // An issued password opens nothing but its change: the API refuses every other operation until then.
  if (user.mustChangePassword) {
    return <Navigate to={INITIAL_PASSWORD_PATH} replace />;
  }
  return <AppLayout />;
}

/** Routes of the sections this account's menu offers; the others are not found. */
function SectionRoutes() {
  const { user } = useAuth();
  const sections = user ? navigationFor(user) : [];
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* 公开信息: published items for anyone, no sign-in. */}
      <Route path="/public" element={<LazyPage name="publicDisclosures" />} />
      <Route path={INITIAL_PASSWORD_PATH} element={<InitialPasswordPage />} />
      <Route element={<RequireSignedIn />}>
        <Route index element={<Navigate to="/dashboard" replace />} />
        {sections.flatMap((item) =>
          ROUTES[item.section].map(({ path, page }) => (
            <Route key={path} path={path} element={<LazyPage name={page} />} />
          )),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const { store, client, apiFetch } = useMemo(() => {
    const store = new SessionStore(window.sessionStorage);
    const renewal = new SessionRenewal(store);
    return { store, client: createGraphqlClient(store, renewal), apiFetch: createApiFetch(store, renewal) };
  }, []);
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <GraphqlProvider value={client}>
          <AuthProvider store={store} apiFetch={apiFetch}>
            <BrowserRouter>
              <SectionRoutes />
            </BrowserRouter>
          </AuthProvider>
        </GraphqlProvider>
      </AntApp>
    </ConfigProvider>
  );
}

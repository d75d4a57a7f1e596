import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import { AuthProvider, useAuth } from './auth/auth-context';
import { createGraphqlClient } from './auth/graphql-client';
import { LoginPage } from './auth/login-page';
import { SessionStore } from './auth/session-store';
import { AppLayout } from './layout/app-layout';
import { navigationFor } from './layout/navigation';
import { ComingSoonPage } from './pages/coming-soon-page';
import { NotFoundPage } from './pages/not-found-page';

// The dashboard brings ECharts; loading it on demand keeps the login page light.
const DashboardPage = lazy(() => import('./dashboard/dashboard-page'));

function RequireSignedIn() {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
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
      <Route element={<RequireSignedIn />}>
        <Route index element={<Navigate to="/dashboard" replace />} />
        <Route
          path="/dashboard/:scopeTenantId?"
          element={
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 96 }} />}>
              <DashboardPage />
            </Suspense>
          }
        />
        {sections
          .filter((item) => item.section !== 'dashboard')
          .map((item) => (
            <Route key={item.path} path={item.path} element={<ComingSoonPage title={item.label} />} />
          ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const store = useMemo(() => new SessionStore(window.sessionStorage), []);
  const client = useMemo(() => createGraphqlClient(store), [store]);
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <GraphqlProvider value={client}>
          <AuthProvider store={store}>
            <BrowserRouter>
              <SectionRoutes />
            </BrowserRouter>
          </AuthProvider>
        </GraphqlProvider>
      </AntApp>
    </ConfigProvider>
  );
}

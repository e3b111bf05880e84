import { Suspense, useSyncExternalStore } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { createApolloClient } from './apollo';
import { AuthProvider, useAuth } from './auth';
import { I18nProvider, useI18n } from './i18n';
import { Layout } from './Layout';
import { routes } from './modules';
import { LoginPage } from '../modules/auth/LoginPage';

const client = createApolloClient();

function RequireAuth({ children }: { children: React.ReactNode }) {
  const { viewer, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Spin style={{ margin: 80 }} />;
  if (!viewer) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

function Forbidden() {
  const { tr } = useI18n();
  return <Result status="403" title="403" subTitle={tr('您没有权限访问此页面', 'You may not open this page')} />;
}

function AppRoutes() {
  const { can } = useAuth();
  const { tr } = useI18n();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth><Layout /></RequireAuth>}>
        {routes.map((r) => (
          <Route key={r.path} path={r.path} element={can(r.permission) ? <Suspense fallback={<Spin />}>{r.element}</Suspense> : <Forbidden />} />
        ))}
        <Route path="*" element={<Result status="404" title="404" subTitle={tr('页面不存在', 'No such page')} />} />
      </Route>
    </Routes>
  );
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Whether the user asked their system for less motion (an accessibility setting). Dialogs, lists
 * and messages then appear and go at once instead of zooming and sliding; the browser tests ask
 * for it too, so no click lands on a dialog that is still opening.
 */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(REDUCED_MOTION);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(REDUCED_MOTION).matches,
  );
}

function Themed() {
  const { lang } = useI18n();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4, motion: !reducedMotion } }}
    >
      <AntApp>
        <ApolloProvider client={client}>
          <AuthProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </AuthProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}

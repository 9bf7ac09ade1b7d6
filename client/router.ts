import { nextTick } from 'vue';
import { createRouter, createWebHistory, type RouteLocationNormalized, type Router } from 'vue-router';
import LoginPage from './features/identity/LoginPage.vue';
import NotFoundPage from './components/NotFoundPage.vue';
import { isAuthenticated } from './features/identity/session';
import { isAdmin } from './features/administration/administration';
import { trackPageLoading } from './composables/lazyLoading';

export const MAIN_CONTENT_ID = 'main';
/** The element that holds an agreement's parts (see features/agreements/AgreementPage.vue). */
export const WORKSPACE_ID = 'workspace';

/** Both routes show the same agreement's workspace (only the part, or the section, differs). */
function withinWorkspace(to: RouteLocationNormalized, from: RouteLocationNormalized): boolean {
  return !!to.meta.workspace && !!from.meta.workspace && to.params.id === from.params.id;
}

// Each page loads in its own chunk when first visited, so the login page does not wait for the editor,
// the balance table and the queues.
const AgreementsListPage = () => import('./features/agreements/AgreementsListPage.vue');
const AgreementCreatePage = () => import('./features/agreements/AgreementCreatePage.vue');
const AgreementPage = () => import('./features/agreements/AgreementPage.vue');
const TextTab = () => import('./features/agreements/workspace/TextTab.vue');
const BalanceTab = () => import('./features/agreements/workspace/BalanceTab.vue');
const DisputesTab = () => import('./features/agreements/workspace/DisputesTab.vue');
const HistoryTab = () => import('./features/agreements/workspace/HistoryTab.vue');
const DecisionsTab = () => import('./features/agreements/workspace/DecisionsTab.vue');
const IndicatorsTab = () => import('./features/agreements/workspace/IndicatorsTab.vue');
const FollowUpTab = () => import('./features/agreements/workspace/FollowUpTab.vue');
const ApprovalQueuePage = () => import('./features/approval/ApprovalQueuePage.vue');
const ClassificationPanel = () => import('./features/follow-up-annual/ClassificationPanel.vue');
const AnnualFollowUpIndexPage = () => import('./features/follow-up-annual/AnnualFollowUpIndexPage.vue');
const StrategicAgreementsPage = () => import('./features/follow-up-annual/StrategicAgreementsPage.vue');
const AnnualReportPage = () => import('./features/follow-up-annual/AnnualReportPage.vue');
const AnnualRollUpPage = () => import('./features/follow-up-annual/AnnualRollUpPage.vue');
const PublicRecordsPage = () => import('./features/public/PublicRecordsPage.vue');
const DisputePage = () => import('./features/disputes/DisputePage.vue');
const EscalationQueuePage = () => import('./features/disputes/EscalationQueuePage.vue');
const AdminPage = () => import('./features/administration/AdminPage.vue');
const AdminOrgans = () => import('./features/administration/AdminOrgans.vue');
const AdminUsers = () => import('./features/administration/AdminUsers.vue');
const AdminTemplate = () => import('./features/administration/AdminTemplate.vue');
const AdminSettings = () => import('./features/administration/AdminSettings.vue');
const AdminLog = () => import('./features/administration/AdminLog.vue');
const SetPasswordPage = () => import('./features/account/SetPasswordPage.vue');
const ForgotPasswordPage = () => import('./features/account/ForgotPasswordPage.vue');
const AccountPage = () => import('./features/account/AccountPage.vue');
const SingleSignOnReturnPage = () => import('./features/sso/SingleSignOnReturnPage.vue');
const SingleSignOnSettings = () => import('./features/sso/SingleSignOnSettings.vue');

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
      // An invitation's or reset's one-time link: /losenord#<token> (the token stays out of requests and logs).
      { path: '/losenord', name: 'set-password', component: SetPasswordPage, meta: { public: true } },
      { path: '/glomt-losenord', name: 'forgot-password', component: ForgotPasswordPage, meta: { public: true } },
      { path: '/konto', name: 'account', component: AccountPage },
      // Back from the municipality's identity provider: signed in, or why not.
      { path: '/login/sso', name: 'sso-return', component: SingleSignOnReturnPage, meta: { public: true } },
      { path: '/', name: 'agreements', component: AgreementsListPage },
      { path: '/overenskommelser/ny', name: 'agreement-create', component: AgreementCreatePage },
      {
        // The agreement's workspace: each part has its own address, so links and the back button work.
        path: '/overenskommelser/:id',
        component: AgreementPage,
        props: true,
        meta: { workspace: true },
        children: [
          { path: '', name: 'agreement', component: TextTab },
          { path: 'balans', name: 'agreement-balance', component: BalanceTab },
          { path: 'indikatorer', name: 'agreement-indicators', component: IndicatorsTab },
          { path: 'uppfoljning', name: 'agreement-follow-up', component: FollowUpTab },
          { path: 'tvister', name: 'agreement-disputes', component: DisputesTab },
          { path: 'historik', name: 'agreement-history', component: HistoryTab },
          { path: 'beslut', name: 'agreement-decisions', component: DecisionsTab },
          { path: 'klassificering', name: 'agreement-classification', component: ClassificationPanel },
        ],
      },
      { path: '/beslut', name: 'approval-queue', component: ApprovalQueuePage },
      // The follow-up of strategic agreements (the 2019 guideline): per nämnd and year, and kommunledning's roll-up.
      { path: '/uppfoljning', name: 'annual-follow-up', component: AnnualFollowUpIndexPage },
      { path: '/uppfoljning/sammanstallning/:year', name: 'annual-roll-up', component: AnnualRollUpPage, props: true },
      { path: '/uppfoljning/:organId/strategiska', name: 'strategic-agreements', component: StrategicAgreementsPage, props: true },
      { path: '/uppfoljning/:organId/:year', name: 'annual-report', component: AnnualReportPage, props: true },
      { path: '/tvister/:id', name: 'dispute', component: DisputePage, props: true },
      { path: '/eskalering', name: 'escalation-queue', component: EscalationQueuePage },
      {
        path: '/admin',
        component: AdminPage,
        children: [
          { path: '', redirect: () => (isAdmin() ? '/admin/organ' : '/admin/anvandare') },
          { path: 'organ', name: 'admin-organs', component: AdminOrgans },
          { path: 'anvandare', name: 'admin-users', component: AdminUsers },
          { path: 'mall', name: 'admin-template', component: AdminTemplate },
          { path: 'installningar', name: 'admin-settings', component: AdminSettings },
          { path: 'inloggning', name: 'admin-sso', component: SingleSignOnSettings },
          { path: 'logg', name: 'admin-log', component: AdminLog },
        ],
      },
      // Public records (offentlighetsprincipen): signed agreements, readable without login.
      { path: '/:kommun/offentligt', name: 'public-records', component: PublicRecordsPage, props: true, meta: { public: true } },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { public: true } },
    ],
    scrollBehavior: (to, from, saved) => {
      if (saved) return saved;
      if (!withinWorkspace(to, from)) return to.hash ? false : { top: 0 };
      // Another part of the same agreement: keep the header in view, unless the reader has scrolled
      // past it (then the part starts under the sticky bar). A section (#avsnitt-…) scrolls itself.
      const workspace = document.getElementById(WORKSPACE_ID);
      if (to.hash || !workspace) return false;
      const top = workspace.getBoundingClientRect().top + window.scrollY;
      return window.scrollY > top ? { top } : false;
    },
  });

  router.beforeEach((to) => {
    if (!to.meta.public && !isAuthenticated.value) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.name === 'login' && isAuthenticated.value) return { path: '/' };
    return true;
  });

  // After an in-app navigation, move focus to the new page's content, as a page load would
  // (otherwise keyboard and screen reader users stay on the link they activated).
  router.afterEach((to, from, failure) => {
    // Within an agreement's workspace focus stays on the part's link (or goes to the section asked for).
    if (failure || from.matched.length === 0 || to.path === from.path || to.hash || withinWorkspace(to, from)) return;
    void nextTick(() => document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true }));
  });

  // "Laddar…" while a page's chunk loads; a page afresh when its chunk is gone after a release; an error otherwise.
  trackPageLoading(router);

  return router;
}

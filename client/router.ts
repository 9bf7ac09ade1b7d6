import { nextTick } from 'vue';
import { createRouter, createWebHistory, type Router } from 'vue-router';
import LoginPage from './features/identity/LoginPage.vue';
import AgreementsListPage from './features/agreements/AgreementsListPage.vue';
import AgreementCreatePage from './features/agreements/AgreementCreatePage.vue';
import AgreementPage from './features/agreements/AgreementPage.vue';
import NotFoundPage from './components/NotFoundPage.vue';
import ApprovalQueuePage from './features/approval/ApprovalQueuePage.vue';
import PublicRecordsPage from './features/public/PublicRecordsPage.vue';
import DisputePage from './features/disputes/DisputePage.vue';
import EscalationQueuePage from './features/disputes/EscalationQueuePage.vue';
import { isAuthenticated } from './features/identity/session';

export const MAIN_CONTENT_ID = 'main';

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
      { path: '/', name: 'agreements', component: AgreementsListPage },
      { path: '/overenskommelser/ny', name: 'agreement-create', component: AgreementCreatePage },
      { path: '/overenskommelser/:id', name: 'agreement', component: AgreementPage, props: true },
      { path: '/beslut', name: 'approval-queue', component: ApprovalQueuePage },
      { path: '/tvister/:id', name: 'dispute', component: DisputePage, props: true },
      { path: '/eskalering', name: 'escalation-queue', component: EscalationQueuePage },
      // Public records (offentlighetsprincipen): signed agreements, readable without login.
      { path: '/:kommun/offentligt', name: 'public-records', component: PublicRecordsPage, props: true, meta: { public: true } },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { public: true } },
    ],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
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
    if (failure || from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true }));
  });

  return router;
}

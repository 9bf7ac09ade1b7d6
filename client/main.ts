import { createApp, watch } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { createApollo } from './apollo';
import { createAppRouter } from './router';
import { applyDocumentLocale, i18n } from './i18n';
import { endSession, isAuthenticated } from './features/identity/session';
import './styles.css';

const router = createAppRouter();
const { client } = createApollo({
  // The server no longer accepts the token (expired, revoked): start over at the login page.
  onUnauthenticated: () => {
    endSession();
    void client.clearStore();
  },
});

// Whenever the session ends (logout, expiry, another tab), leave the protected pages.
watch(isAuthenticated, (authenticated) => {
  const route = router.currentRoute.value;
  if (!authenticated && !route.meta.public) {
    void router.replace({ name: 'login', query: { redirect: route.fullPath } });
  }
});

applyDocumentLocale();

createApp(App).provide(DefaultApolloClient, client).use(i18n).use(router).mount('#app');

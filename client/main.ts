import { createApp, watch } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { createApollo } from './apollo';
import { createAppRouter } from './router';
import { applyDocumentLocale, i18n } from './i18n';
import { endSession, isAuthenticated } from './features/identity/session';
import { verifySession } from './features/identity/verifySession';
import './styles.css';

const router = createAppRouter();
const { client } = createApollo({
  // The server no longer accepts the session (expired, ended): start over at the login page.
  onUnauthenticated: endSession,
});

// Whenever the session ends (logout, expiry, another tab, a closed socket), forget what was fetched
// for it and leave the protected pages.
watch(isAuthenticated, (authenticated) => {
  if (authenticated) return;
  void client.clearStore();
  const route = router.currentRoute.value;
  if (!route.meta.public) void router.replace({ name: 'login', query: { redirect: route.fullPath } });
});

// The kept user is only a hint: the cookie may have expired, or been ended elsewhere.
void verifySession(client);

applyDocumentLocale();

createApp(App).provide(DefaultApolloClient, client).use(i18n).use(router).mount('#app');

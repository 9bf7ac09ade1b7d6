/// <reference types="vite/client" />

import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title; the page may refine it (see `usePageTitle`). */
    titleKey?: string;
    /** Reachable without a session (the login page). */
    public?: boolean;
    /** One of an agreement's parts (Text, Balans, …): moving between them keeps focus and the header. */
    workspace?: boolean;
  }
}

import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  root: "client",
  plugins: [vue()],
  define: {
    // vue-i18n: Composition API only, no devtools in production bundles.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    // dist/client/.vite/manifest.json: scripts/client-size.mjs reads which chunks each page loads first.
    manifest: true,
  },
  server: {
    proxy: {
      // Host is passed through: the server accepts a socket authenticated by the session cookie only
      // when its Origin names the Host it was sent to (cross-site WebSocket hijacking).
      "/graphql": { target: "http://localhost:4000", ws: true, changeOrigin: false },
      // The PDF downloads, authenticated by the same cookie.
      "/api": { target: "http://localhost:4000", changeOrigin: false },
    },
  },
});

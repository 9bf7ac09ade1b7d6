import { shallowReactive } from 'vue';

/**
 * Section id → whether its open editor holds no text right now. Kept by the section editors, read
 * by the agreement's outline, so "Tomt" goes as soon as anyone types (the server's plain text follows
 * only on the next fetch).
 */
export const liveSectionEmpty = shallowReactive(new Map<string, boolean>());

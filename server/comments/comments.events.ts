import { data, defineEvents } from "../events/event-types.js";

/** The agreement events comments write: that is how the other party sees them live. */
export const CommentEvent = defineEvents("comment", {
  added: data<{ commentId: string; sectionId: string; parentId: string | null }>(),
  resolved: data<{ commentId: string; sectionId: string }>(),
  reopened: data<{ commentId: string; sectionId: string }>(),
});

export const summaries = {
  added: (sectionTitle: string, reply: boolean) =>
    reply ? `Svar på en kommentar i ”${sectionTitle}”` : `Ny kommentar i ”${sectionTitle}”`,
  resolved: (sectionTitle: string) => `En kommentar i ”${sectionTitle}” markerades som löst`,
  reopened: (sectionTitle: string) => `En kommentar i ”${sectionTitle}” öppnades igen`,
};

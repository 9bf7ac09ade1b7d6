import { topic } from "../events/event-types.js";

/** The bus topic of one user's notifications; the signal's id is the user's id. */
export const UserTopic = topic("user");

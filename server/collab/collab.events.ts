import { topic } from "../events/event-types.js";

/** A section's update log grew (`seq`), written by server `node`; listeners read what they lack. */
export const SectionTopic = topic<{ seq: number; node: string }>("section");
/** Who is in an agreement changed; the signal's id is the agreement's. */
export const PresenceTopic = topic("presence");

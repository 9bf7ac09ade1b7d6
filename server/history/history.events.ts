import { data, defineEvents } from "../events/event-types.js";

/** The agreement events of named versions. */
export const VersionEvent = defineEvents("version", {
  created: data<{ versionId: string; number: number; name: string }>(),
  /** `sections`: the keys of the sections whose text came back (those that differed). */
  restored: data<{ versionId: string; number: number; name: string; sections: string[] }>(),
});

export const summaries = {
  created: (number: number, name: string) => `Version ${number} ”${name}” sparades`,
  restored: (number: number, name: string) => `Texten återställdes till version ${number} ”${name}”`,
};

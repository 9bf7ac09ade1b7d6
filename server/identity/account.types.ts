import { Field, InputType, registerEnumType } from "type-graphql";
import { EmailPreference } from "./identity.model.js";

/** The languages of a user's mails; GraphQL names them SV and EN, the database `sv` and `en`. */
export enum Language {
  SV = "sv",
  EN = "en",
}

registerEnumType(EmailPreference, {
  name: "EmailPreference",
  description: "Whether a user hears of notifications by e-mail",
  valuesConfig: {
    NONE: { description: "No e-mail; notifications only in the app" },
    IMMEDIATE: { description: "An e-mail for each notification, at once" },
    DAILY: { description: "One e-mail a day with the unread notifications, when there are any" },
  },
});
registerEnumType(Language, { name: "Language", description: "The language of a user's e-mails" });

@InputType("PreferencesInput")
export class PreferencesInputType {
  @Field(() => EmailPreference) emailPreference: EmailPreference;
  @Field(() => Language) language: Language;
}

import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Party } from "../agreements/agreement.model.js";
import { DateTimeScalar } from "../graphql/scalars.js";
import { SuggestionKind } from "./yjs-suggestions.js";

registerEnumType(SuggestionKind, {
  name: "SuggestionKind",
  description: "INSERTION: text put in; DELETION: text struck; REPLACEMENT: text struck and other text in its place",
});

@ObjectType("Suggestion", {
  description: "A change of a section's text one party suggested and the other has yet to accept or reject (Negotiating the text)",
})
export class SuggestionType {
  @Field(() => ID, { description: "The id of its marks in the section's Yjs document: PARTY~userId~epochMs~random" }) id: string;
  @Field(() => Party, { description: "The suggesting side, as the id names it" }) party: Party;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => SuggestionKind) kind: SuggestionKind;
  @Field(() => String, { description: "The text it puts in (empty for a deletion)" }) inserted: string;
  @Field(() => String, { description: "The text it strikes (empty for an insertion)" }) deleted: string;
  @Field(() => String, { description: "The inserted text, or for a deletion the struck text" }) text: string;
  @Field(() => Boolean, { description: "acceptSuggestion / rejectSuggestion: the caller may decide it now" }) canDecide: boolean;
  userId: string;
}

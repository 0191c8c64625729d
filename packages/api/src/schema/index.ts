import { isObjectType, lexicographicSortSchema } from "graphql";
import { builder } from "../builder.ts";
import "./enums.ts";
import "./evidence.ts";
import "./outlet.ts";
import "./article.ts";
import "./participant.ts";
import "./event.ts";
import "./agreement.ts";
import "./statement.ts";
import "./claim.ts";
import "./connections.ts";
import "./comparison.ts";
import "./omissions.ts";
import "./chains.ts";
import "./commitments.ts";
import "./wordings.ts";
import "./search.ts";
import "./curation.ts";

const built = builder.toSchema();

// The Prisma plugin adds `totalCount` to connections without a description; give it the one every
// connection shares, so that every public field is described.
for (const type of Object.values(built.getTypeMap())) {
  if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
  const totalCount = type.getFields().totalCount;
  if (totalCount && !totalCount.description) totalCount.description = "How many items the whole list holds.";
}

/** The whole GraphQL schema, sorted so that its printed form is stable. */
export const schema = lexicographicSortSchema(built);

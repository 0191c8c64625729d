import { builder } from "../builder.ts";
import { OutletKindEnum, StateAffiliationEnum } from "./enums.ts";
import { ArticleFilter, ArticleOrderEnum, articleOrder, articleWhere } from "./filters.ts";

builder.prismaObject("OutletAffiliation", {
  description: "A dated, sourced assertion about an outlet's relation to the state.",
  fields: (t) => ({
    affiliation: t.expose("affiliation", {
      type: StateAffiliationEnum,
      description: "The relation asserted.",
    }),
    source: t.exposeString("source", {
      description: "Where the assertion comes from (a URL or a citation).",
    }),
    assertedOn: t.expose("assertedOn", {
      type: "Date",
      description: "When the assertion was made or checked.",
    }),
    note: t.exposeString("note", { nullable: true, description: "What the source says, in short." }),
  }),
});

export const Outlet = builder.prismaNode("Outlet", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "A news organisation or other publisher of coverage.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    name: t.exposeString("name", { description: "The outlet's name." }),
    homepage: t.exposeString("homepage", { nullable: true, description: "The outlet's home page." }),
    domain: t.exposeString("domain", { nullable: true, description: "The outlet's web domain." }),
    country: t.exposeString("country", {
      nullable: true,
      description: "Country of the outlet, as an ISO 3166-1 alpha-2 code.",
    }),
    kind: t.expose("kind", { type: OutletKindEnum, description: "What kind of publisher this is." }),
    affiliations: t.relation("affiliations", {
      description: "Sourced assertions about the outlet's relation to the state.",
      query: { orderBy: { assertedOn: "desc" } },
    }),
    articles: t.relatedConnection("articles", {
      description: "Articles this outlet published, by publication time unless ordered otherwise.",
      cursor: "id",
      totalCount: true,
      args: {
        filter: t.arg({ type: ArticleFilter, description: "Only articles that match." }),
        orderBy: t.arg({ type: ArticleOrderEnum, description: "The order; PUBLISHED_ASC by default." }),
      },
      query: (args) => ({ where: articleWhere(args.filter), orderBy: articleOrder(args.orderBy) }),
    }),
  }),
});

builder.queryField("outlets", (t) =>
  t.prismaConnection({
    type: "Outlet",
    cursor: "id",
    description: "Every outlet, by name.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.outlet.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.outlet.findMany({ ...query, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
);

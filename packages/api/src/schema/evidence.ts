import { builder } from "../builder.ts";

builder.prismaObject("EvidenceSpan", {
  description:
    "The exact words of an article that support a fact: code-point offsets into the body (W3C TextPositionSelector) and the quoted text with a little context (TextQuoteSelector). `exact` always equals the body between `start` and `end`.",
  fields: (t) => ({
    article: t.relation("article", { description: "The article whose body holds the words." }),
    start: t.exposeInt("start", { description: "Offset of the first character, in Unicode code points." }),
    end: t.exposeInt("end", { description: "Offset just past the last character, in Unicode code points." }),
    exact: t.exposeString("exact", { description: "The words themselves." }),
    prefix: t.exposeString("prefix", { description: "Up to 32 characters just before the words." }),
    suffix: t.exposeString("suffix", { description: "Up to 32 characters just after the words." }),
  }),
});

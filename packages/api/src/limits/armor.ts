/**
 * Document limits from graphql-armor, refused while the document is parsed or validated (before anything
 * executes), each with its own stable `extensions.code`.
 */
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { SecurityConfig } from "../http/config.ts";

type Reject = (context: ValidationContext | null, error: GraphQLError) => void;

/** Armor reports a bare "Syntax Error: …"; this restates it with a code (and the limit) instead. */
function coded(code: string, limit: number): { onReject: Reject[]; propagateOnRejection: false } {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
          extensions: { code, limit },
        });
        // Token counting runs inside the parser, which has no validation context to report to.
        if (!context) throw coded;
        context.reportError(coded);
      },
    ],
  };
}

export function armorPlugins(config: SecurityConfig): Plugin[] {
  const plugins: Plugin[] = [];
  if (config.maxTokens > 0) {
    plugins.push(maxTokensPlugin({ n: config.maxTokens, ...coded("TOO_MANY_TOKENS", config.maxTokens) }));
  }
  if (config.maxDepth > 0) {
    plugins.push(
      maxDepthPlugin({
        n: config.maxDepth,
        ignoreIntrospection: true,
        flattenFragments: true,
        ...coded("QUERY_TOO_DEEP", config.maxDepth),
      }),
    );
  }
  if (config.maxAliases > 0) {
    plugins.push(maxAliasesPlugin({ n: config.maxAliases, ...coded("TOO_MANY_ALIASES", config.maxAliases) }));
  }
  if (config.maxDirectives > 0) {
    plugins.push(
      maxDirectivesPlugin({ n: config.maxDirectives, ...coded("TOO_MANY_DIRECTIVES", config.maxDirectives) }),
    );
  }
  if (!config.suggestions) plugins.push(blockFieldSuggestionsPlugin({ mask: "" }));
  return plugins as Plugin[];
}

/**
 * A Stryker ignorer for the string given to Office.js's load(): it names the properties Word sends back, and
 * load("") sends every scalar property ("Otherwise, all properties are returned", OfficeExtension.LoadOption on
 * learn.microsoft.com). Emptying it changes what a round trip carries, not what the add-in reads, so no behaviour
 * test can see it; the benchmark's byte figures are where such a change shows.
 */
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

const isLoadArgument = (path) => {
  const call = path.parentPath;
  if (!path.isStringLiteral() || !call?.isCallExpression() || path.listKey !== "arguments") return false;
  const callee = call.node.callee;
  return callee.type === "MemberExpression" && callee.property.type === "Identifier" && callee.property.name === "load";
};

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "office-load", {
    shouldIgnore: (path) =>
      isLoadArgument(path)
        ? "Office.js load(): the argument narrows what Word sends, not what the add-in reads"
        : undefined,
  }),
];

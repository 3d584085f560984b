/** Lists without bullets, their items stacked: the sections, the findings, the questions, the adoption's parts. */
import { makeStyles, tokens } from "@fluentui/react-components";

const plainList = { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" } as const;

export const useListStyles = makeStyles({
  tight: { ...plainList, gap: tokens.spacingVerticalXS },
  roomy: { ...plainList, gap: tokens.spacingVerticalS },
});

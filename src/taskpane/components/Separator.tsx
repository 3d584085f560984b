import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  line: {
    width: "100%",
    margin: 0,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A line between the pane's groups: what Fluent's Divider draws here, without its code in the first load. */
export function Separator() {
  return <hr className={useStyles().line} />;
}

import { Badge, Button, Subtitle2, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/types";
import type { DocumentState } from "../../core/document/gateway";
import { useTranslate } from "../locale";
import { useListStyles } from "./listStyles";

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, justifyContent: "flex-start", minWidth: 0 },
});

/** One button per section of the profile, marked when the document already has it. */
export function SectionList(props: {
  profile: Profile;
  state: DocumentState | null;
  disabled: boolean;
  onInsert: (sectionId: string) => void;
}) {
  const styles = useStyles();
  const lists = useListStyles();
  const t = useTranslate();
  // Inserting a section again asks first; the focus comes back to the section's button afterwards.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <nav aria-labelledby="sections-heading">
      <Subtitle2 as="h2" id="sections-heading">
        {t("sectionsHeading")}
      </Subtitle2>
      <ul className={lists.tight}>
        {props.profile.sections.map((section) => {
          const present = (props.state?.outline.sectionCounts[section.id] ?? 0) > 0;
          return (
            <li key={section.id} className={styles.item}>
              <Button
                className={styles.button}
                appearance="subtle"
                disabledFocusable={props.disabled}
                {...restoreFocus}
                onClick={() => props.onInsert(section.id)}
              >
                {section.title}
              </Button>
              {present && (
                <Badge appearance="tint" color="success">
                  {t("sectionPresent")}
                </Badge>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

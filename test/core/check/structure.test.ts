/** Sections missing, duplicated or out of order; controls the add-in does not know; documents of another profile. */
import { listOf, phrase, quoted } from "../../../src/core/check/messages";
import { describe, expect, test } from "@jest/globals";
import { checkDocument } from "../../../src/core/check";
import { buildAnswer, buildSection } from "../../../src/core/ooxml/document";
import otherProfiles from "../../../src/core/check/rules/otherProfiles";
import sectionDuplicated from "../../../src/core/check/rules/sectionDuplicated";
import sectionMissing from "../../../src/core/check/rules/sectionMissing";
import sectionOrder from "../../../src/core/check/rules/sectionOrder";
import unknownControls from "../../../src/core/check/rules/unknownControls";
import type { DocumentSnapshot, SnapshotControl } from "../../../src/core/check/snapshot";
import { seedContent } from "./seedContent";
import {
  context,
  indexOfTag,
  moveSubtreeBefore,
  passingSeed,
  profile,
  removeSubtree,
  reorder,
  runRule,
  said,
  snapshotOfXml,
  tagOf,
} from "./support";

const seed = passingSeed();
const frame = (snapshot: DocumentSnapshot, sectionId: string, nth = 0) =>
  indexOfTag(snapshot, tagOf("s", sectionId), nth);
const rated = { ...seedContent().values, "demography.goal1": "0", "demography.goal2": "0", "demography.goal3": "0" };

function withControl(
  snapshot: DocumentSnapshot,
  control: Partial<SnapshotControl>,
  at = snapshot.controls.length,
): DocumentSnapshot {
  const shifted = snapshot.controls.map((c) => ({
    ...c,
    parent: c.parent !== null && c.parent >= at ? c.parent + 1 : c.parent,
  }));
  const added: SnapshotControl = {
    tag: "",
    title: "",
    text: "",
    showingPlaceholder: false,
    parent: null,
    locator: "added",
    ...control,
  };
  return { controls: [...shifted.slice(0, at), added, ...shifted.slice(at)] };
}

describe("sectionMissing", () => {
  test("passes when every section is there", () => {
    expect(runRule(sectionMissing, seed)).toEqual([]);
  });

  test("a deleted section is an error without a place, offering to restore it", () => {
    expect(runRule(sectionMissing, removeSubtree(seed, frame(seed, "signature")))).toEqual([
      {
        rule: "sectionMissing",
        messageId: "missing",
        data: { section: quoted("Unterschrift") },
        severity: "error",
        sectionId: "signature",
        target: null,
        repair: "restoreSection",
        message: {
          de: "Der Abschnitt „Unterschrift“ fehlt. Bitte den Abschnitt wiederherstellen.",
          en: "Section “Unterschrift” is missing. Please restore the section.",
        },
      },
    ]);
  });

  test("a frame removed around content that is still there: no restore (it would duplicate the text)", () => {
    const gone = frame(seed, "consents");
    const snapshot = reorder(
      seed,
      seed.controls.map((_, i) => i).filter((i) => i !== gone),
    );
    const findings = runRule(sectionMissing, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0].repair).toBeUndefined();
    expect(findings[0].target).toBe(indexOfTag(snapshot, tagOf("f", "consents.text")));
  });

  test("of a section's content left without its frame, the first control is where the finding leads", () => {
    const gone = frame(seed, "header");
    const snapshot = reorder(
      seed,
      seed.controls.map((_, i) => i).filter((i) => i !== gone),
    );
    const [finding] = runRule(sectionMissing, snapshot);
    expect(finding.messageId).toBe("frameMissing");
    expect(finding.target).toBe(indexOfTag(snapshot, tagOf("f", "header.department")));
    expect(snapshot.controls.findIndex((c) => c.tag.includes(":header."))).toBe(finding.target);
  });

  test("the whole check on a document missing a section reports just that", () => {
    expect(checkDocument(removeSubtree(seed, frame(seed, "reasons")), profile, context).map((f) => f.rule)).toEqual([
      "sectionMissing",
    ]);
  });
});

describe("sectionDuplicated", () => {
  const doubled = snapshotOfXml(
    buildAnswer(profile, { content: { values: rated, questions: seedContent().questions } }) +
      buildSection(profile, "consents", { firstId: 100000, content: { values: rated } }),
  );

  test("passes when every section is there once", () => {
    expect(runRule(sectionDuplicated, seed)).toEqual([]);
  });

  test("a second copy is an error at that copy", () => {
    const findings = runRule(sectionDuplicated, doubled);
    expect(findings.map((f) => [f.severity, f.sectionId, f.target])).toEqual([
      ["error", "consents", frame(doubled, "consents", 1)],
    ]);
    expect(said(findings[0])).toEqual({
      messageId: "duplicated",
      data: { section: quoted("Einverständnisse"), count: 2 },
    });
  });

  test("the copy at the end is a duplicate, not a section out of order", () => {
    expect(checkDocument(doubled, profile, context).map((f) => f.rule)).toEqual(["sectionDuplicated"]);
  });
});

describe("sectionOrder", () => {
  test("passes in the profile's order", () => {
    expect(runRule(sectionOrder, seed)).toEqual([]);
  });

  test("a section moved elsewhere is one error at the moved frame", () => {
    const snapshot = moveSubtreeBefore(seed, frame(seed, "signature"), frame(seed, "header"));
    const findings = runRule(sectionOrder, snapshot);
    expect(findings.map((f) => [f.sectionId, f.target])).toEqual([["signature", frame(snapshot, "signature")]]);
    expect(said(findings[0])).toEqual({
      messageId: "misplaced",
      data: {
        section: quoted("Unterschrift"),
        place: phrase("between", { before: quoted("Einverständnisse"), after: quoted("Begründung") }),
      },
    });
  });

  test("the place is described by the sections that are there", () => {
    const snapshot = moveSubtreeBefore(seed, frame(seed, "demography"), frame(seed, "header"));
    expect(said(runRule(sectionOrder, snapshot)[0])).toEqual({
      messageId: "misplaced",
      data: { section: quoted("Demografie-Check"), place: phrase("after", { section: quoted("Begründung") }) },
    });
  });

  test("the first section moved down belongs before the section that follows it in the profile", () => {
    const snapshot = moveSubtreeBefore(seed, frame(seed, "header"), frame(seed, "proposal"));
    expect(runRule(sectionOrder, snapshot).map((f) => [f.sectionId, said(f)])).toEqual([
      [
        "header",
        {
          messageId: "misplaced",
          data: { section: quoted("Kopf"), place: phrase("before", { section: quoted("Sitzung") }) },
        },
      ],
    ]);
  });

  test("of two swapped neighbours, the one read first stays and the other is the misplaced one", () => {
    const snapshot = moveSubtreeBefore(seed, frame(seed, "meeting"), frame(seed, "header"));
    expect(runRule(sectionOrder, snapshot).map((f) => [f.sectionId, f.target])).toEqual([
      ["header", frame(snapshot, "header")],
    ]);
  });
});

describe("unknownControls", () => {
  test("passes when the add-in knows every control of its namespace; other add-ins' controls are no concern", () => {
    expect(runRule(unknownControls, withControl(seed, { tag: "someone-else:field", title: "Fremd" }))).toEqual([]);
  });

  test.each([
    ["a field the profile does not have", tagOf("f", "header.mobile")],
    ["a role this version does not know", "ratsantwort:1:wuppertal@1.0:zz:header"],
    ["a newer tag scheme", "ratsantwort:2:wuppertal@1.0:f:header.author"],
  ])("%s is a hint at the control", (_, tag) => {
    const snapshot = withControl(seed, { tag, title: "Mobil" }, 5);
    const findings = runRule(unknownControls, snapshot);
    expect(findings.map((f) => [f.severity, f.target])).toEqual([["hint", 5]]);
    expect(said(findings[0])).toEqual({
      messageId: "unknown",
      data: { name: phrase("titled", { title: quoted("Mobil"), tag: quoted(tag) }) },
    });
  });

  test.each(["", "   "])("a control without a title (%j) is named by its tag alone", (title) => {
    const tag = tagOf("f", "header.mobile");
    expect(runRule(unknownControls, withControl(seed, { tag, title }, 5)).map(said)).toEqual([
      { messageId: "unknown", data: { name: quoted(tag) } },
    ]);
  });

  test("many unknown controls: five listed, then one summary", () => {
    let snapshot = seed;
    for (let i = 0; i < 8; i++) snapshot = withControl(snapshot, { tag: `ratsantwort:9:x${i}` });
    const findings = runRule(unknownControls, snapshot);
    expect(findings).toHaveLength(6);
    expect(said(findings[5])).toEqual({ messageId: "more", data: { count: 3 } });
  });
});

describe("documents of another profile", () => {
  const older = { ...profile, version: "0.9" };

  test("a section of an older version inside this one: one hint, the section it replaces is missing", () => {
    const mixed = snapshotOfXml(
      buildAnswer(profile, { content: { values: rated, questions: seedContent().questions } }).replace(
        /ratsantwort:1:wuppertal@1\.0:([a-z]+):signature/g,
        "ratsantwort:1:wuppertal@0.9:$1:signature",
      ),
    );
    const firstOlder = mixed.controls.findIndex((c) => c.tag.includes("@0.9"));
    expect(runRule(otherProfiles, mixed).map((f) => [f.severity, f.target])).toEqual([["hint", firstOlder]]);
    expect(runRule(otherProfiles, seed)).toEqual([]);
    const findings = checkDocument(mixed, profile, context);
    expect(findings.map((f) => f.rule)).toEqual(["otherProfiles", "sectionMissing"]);
    expect(said(findings[0])).toEqual({
      messageId: "otherProfile",
      data: { other: quoted("wuppertal 0.9"), checking: quoted("wuppertal 1.0") },
    });
  });

  test("a document entirely of another profile gets exactly one error saying so", () => {
    const foreign = snapshotOfXml(buildAnswer(older, {}));
    const findings = checkDocument(foreign, profile, context);
    expect(findings).toEqual([
      {
        rule: "foreignDocument",
        messageId: "otherProfile",
        data: {
          written: listOf([quoted("wuppertal 0.9")]),
          checking: quoted("wuppertal 1.0"),
          name: "Stadt Wuppertal",
        },
        severity: "error",
        sectionId: null,
        target: 0,
        message: {
          de: "Dieses Dokument wurde mit dem Profil „wuppertal 0.9“ geschrieben und wird mit dem Profil „wuppertal 1.0“ (Stadt Wuppertal) geprüft. Bitte mit dem passenden Profil prüfen.",
          en: "This document was written with profile “wuppertal 0.9” and is being checked with profile “wuppertal 1.0” (Stadt Wuppertal). Please check it with the matching profile.",
        },
      },
    ]);
  });

  test("a document entirely of a newer tag scheme gets exactly one error", () => {
    const newer = snapshotOfXml(buildAnswer(profile, {}).replace(/ratsantwort:1:/g, "ratsantwort:2:"));
    expect(checkDocument(newer, profile, context).map((f) => [f.rule, f.severity])).toEqual([
      ["foreignDocument", "error"],
    ]);
  });

  test("a document without any of the add-in's controls is not foreign: every section is missing", () => {
    const findings = checkDocument({ controls: [] }, profile, context);
    expect(findings.map((f) => f.sectionId)).toEqual(profile.sections.map((s) => s.id));
    expect(findings.every((f) => f.rule === "sectionMissing" && f.repair === "restoreSection")).toBe(true);
  });
});

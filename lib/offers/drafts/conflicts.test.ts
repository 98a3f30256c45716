import {
  applySaveOutcome,
  editSection,
  fieldDifferences,
  pendingSaves,
  resolveConflict,
  restorableCopy,
  type DraftState,
  type SectionConflict,
} from "@/lib/offers/drafts/conflicts";

const clean = (content: unknown, baseRevision = 0) => ({ content, baseRevision, dirty: false, conflict: null });
const theirs: SectionConflict = {
  key: "profile",
  revision: 4,
  content: { resources: "Anny" },
  updatedByName: "Anna Kowalska",
  updatedAt: "2027-03-01T10:42:00.000Z",
};

describe("autosave bookkeeping", () => {
  it("sends only the changed sections, on the revisions they were loaded at", () => {
    let state: DraftState = { profile: clean({}, 3), results: clean({}, 1) };
    expect(pendingSaves(state)).toEqual([]);
    state = editSection(state, "profile", { resources: "mine" });
    expect(pendingSaves(state)).toEqual([{ key: "profile", baseRevision: 3, content: { resources: "mine" } }]);
  });

  it("moves a saved section to its new revision, still dirty if it was typed in while saving", () => {
    let state: DraftState = editSection({ profile: clean({}, 3) }, "profile", { resources: "a" });
    const sent = pendingSaves(state);
    state = editSection(state, "profile", { resources: "ab" });
    state = applySaveOutcome(state, sent, { saved: [{ key: "profile", revision: 4 }], conflicts: [] });
    expect(state.profile).toMatchObject({ baseRevision: 4, dirty: true });
    state = applySaveOutcome(state, pendingSaves(state), { saved: [{ key: "profile", revision: 5 }], conflicts: [] });
    expect(state.profile).toMatchObject({ baseRevision: 5, dirty: false, content: { resources: "ab" } });
  });

  it("keeps what was typed in a conflict and sends nothing of that section until the person chooses", () => {
    let state: DraftState = editSection({ profile: clean({}, 3), results: clean({}, 0) }, "profile", {
      resources: "mine",
    });
    state = editSection(state, "results", { expected: "x" });
    state = applySaveOutcome(state, pendingSaves(state), {
      saved: [{ key: "results", revision: 1 }],
      conflicts: [theirs],
    });
    expect(state.profile).toMatchObject({ content: { resources: "mine" }, baseRevision: 3, conflict: theirs });
    expect(pendingSaves(state)).toEqual([]);

    const mine = resolveConflict(state, "profile", "mine");
    expect(pendingSaves(mine)).toEqual([{ key: "profile", baseRevision: 4, content: { resources: "mine" } }]);
    const taken = resolveConflict(state, "profile", "theirs");
    expect(taken.profile).toEqual({ content: { resources: "Anny" }, baseRevision: 4, dirty: false, conflict: null });
  });

  it("is no conflict when the other save holds exactly what is here", () => {
    let state: DraftState = editSection({ profile: clean({}, 3) }, "profile", { resources: "Anny" });
    state = applySaveOutcome(state, pendingSaves(state), { saved: [], conflicts: [theirs] });
    expect(state.profile).toEqual({ content: { resources: "Anny" }, baseRevision: 4, dirty: false, conflict: null });
  });

  it("lists the fields that differ, by path", () => {
    expect(
      fieldDifferences(
        { list: [{ name: "A", phone: "1" }], contact: { name: "X" } },
        { list: [{ name: "B", phone: "1" }, { name: "C" }], contact: { name: "X" } },
      ),
    ).toEqual([
      { path: "list.0.name", mine: "A", theirs: "B" },
      { path: "list.1.name", mine: "", theirs: "C" },
    ]);
    expect(fieldDifferences({ a: "same" }, { a: "same" })).toEqual([]);
  });

  it("offers a browser copy back on the same revision, as a conflict on an older one, and drops an equal one", () => {
    const server = { content: { resources: "server" }, revision: 2 };
    expect(restorableCopy(null, server)).toBe("discard");
    expect(restorableCopy({ content: { resources: "server" }, baseRevision: 1, savedAt: 1 }, server)).toBe("discard");
    expect(restorableCopy({ content: { resources: "local" }, baseRevision: 2, savedAt: 1 }, server)).toBe("restore");
    expect(restorableCopy({ content: { resources: "local" }, baseRevision: 1, savedAt: 1 }, server)).toBe("conflict");
    // Written a moment ago: another tab of this browser is still typing it, so it is not taken over.
    const now = 1_000_000;
    const fresh = { content: { resources: "local" }, baseRevision: 2, savedAt: now - 2_000 };
    expect(restorableCopy(fresh, server, now)).toBe("live");
    expect(restorableCopy({ ...fresh, savedAt: now - 16_000 }, server, now)).toBe("restore");
  });
});

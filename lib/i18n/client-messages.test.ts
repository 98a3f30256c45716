import { pickMessages, SHELL_NAMESPACES } from "@/components/i18n/client-messages";
import pl from "@/lib/i18n/messages/pl.json";
import { allPages, isProvided, pageMessages, relativeToRoot } from "@/tests/helpers/client-namespaces";

const catalogue = new Set(Object.keys(pl));

describe("the messages a page hands to the browser", () => {
  // A page's own ClientMessages replaces the layout's (a nested provider does
  // not merge), so what its client components read must be in the page's
  // list, or in the shell's when the page has none.
  it.each(allPages().map((page) => [relativeToRoot(page), page]))(
    "cover what %s's client components read",
    (_, page) => {
      const { read, provided } = pageMessages(page, catalogue, SHELL_NAMESPACES, { withLayouts: false });
      const handed = provided.size > 0 ? provided : new Set<string>(SHELL_NAMESPACES);
      expect([...read].filter((name) => !isProvided(name, handed))).toEqual([]);
    },
  );

  it("finds a client component's namespaces through the pages that import it", () => {
    const unsubscribe = allPages().find((page) => page.endsWith("(auth)/unsubscribe/page.tsx"))!;
    const { read, provided } = pageMessages(unsubscribe, catalogue, SHELL_NAMESPACES, { withLayouts: false });
    expect([...read]).toEqual(["unsubscribe"]);
    expect([...provided]).toEqual(["unsubscribe"]);
    // The notification centre's entries come worded from the server: the browser gets the list's own words,
    // not the types' messages (most of the "notifications" namespace).
    const notifications = allPages().find((page) => page.endsWith("(account)/notifications/page.tsx"))!;
    const centre = pageMessages(notifications, catalogue, SHELL_NAMESPACES, { withLayouts: false });
    expect([...centre.read].filter((name) => name.startsWith("notifications")).sort()).toEqual([
      "notifications.empty",
      "notifications.emptyHint",
      "notifications.list",
      "notifications.list.firstPage",
      "notifications.list.loading",
      "notifications.list.pageEmpty",
      "notifications.list.signIn",
      "notifications.settingsLink",
      "notifications.summary",
    ]);
    expect(centre.provided.has("notifications")).toBe(false);
    const signIn = allPages().find((page) => page.endsWith("(auth)/sign-in/page.tsx"))!;
    const signInReads = pageMessages(signIn, catalogue, SHELL_NAMESPACES, { withLayouts: false }).read;
    // Keys written out for a root translator count one by one; a template's key up to the inserted part.
    expect(signInReads).toContain("signIn.email");
    expect(signInReads).toContain("errors");
    expect(
      [...signInReads].filter((name) => !isProvided(name, new Set(["signIn", "forms.errors", "errors", "ui"]))),
    ).toEqual([]);
  });

  it("picks whole namespaces and single parts of one", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };
    expect(pickMessages(messages, ["a.y", "c"])).toEqual({ a: { y: { z: "2" } }, c: "4" });
    expect(pickMessages(messages, ["a.x", "a.y.z", "b", "missing.part"])).toEqual({
      a: { x: "1", y: { z: "2" } },
      b: { w: "3" },
    });
  });
});

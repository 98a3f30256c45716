import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import { messageKeyOf, messageValues, notificationTypes } from "@/lib/notifications/types";

const t = (locale: "pl" | "en" | "de") =>
  createTranslator({ locale, messages: messagesFor(locale), namespace: "notifications" });

describe("notification messages", () => {
  it("format every type in every language, also for entries stored without the newer values", () => {
    for (const locale of ["pl", "en", "de"] as const) {
      for (const type of notificationTypes) {
        const text = t(locale)(
          `types.${messageKeyOf(type)}`,
          messageValues("Tytuł", {
            decision: "ACCEPTED",
            post: "2",
            name: "Anna",
            kind: "organisation",
            candidate: "Anna",
            organisation: "Fundacja",
            category: "Ogólna",
            change: "locked",
            target: "",
            until: "2027-01-01 12:00",
            author: "Fundacja",
            state: "on",
            browser: "Chrome, Linux",
            days: "3",
          }),
        );
        expect(text).not.toContain(`types.${messageKeyOf(type)}`);
        // Security notices and a forum suspension concern the reader, not an item.
        if (!type.startsWith("security.") && type !== "forum.suspended") expect(text).toContain("Tytuł");
      }
    }
  });

  it("name one answer to several remarks once, with its reason", () => {
    expect(
      t("pl")(
        "types.remark_answered",
        messageValues("Program 2027", { decision: "NOT_ACCEPTED", reason: "Poza zakresem.", remark: "r1", count: "3" }),
      ),
    ).toBe(
      "Urząd odpowiedział na 3 Twoje uwagi w konsultacjach Program 2027: nieuwzględniona. Uzasadnienie: Poza zakresem.",
    );
    expect(t("en")("types.remark_answered", messageValues("Programme", { decision: "ACCEPTED", remark: "r1" }))).toBe(
      "The office answered your remark in the consultation Programme: accepted.",
    );
  });

  it("do not announce results when a tie leaves seats to a further round", () => {
    expect(t("pl")("types.election_results_published", messageValues("Wybory", { tie: "yes" }))).toMatch(
      /^Głosowanie zakończone remisem/,
    );
    expect(t("pl")("types.election_results_published", messageValues("Wybory", {}))).toBe(
      "Ogłoszono wyniki wyborów: Wybory.",
    );
  });
});

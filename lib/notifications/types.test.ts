import { createTranslator } from "next-intl";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";
import { DATE_FORMATS } from "@/lib/i18n/formats";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { messageKeyOf, messageValues, notificationTypes } from "@/lib/notifications/types";

// As the worker (lib/cli/worker.ts) and the pages do before formatting a date.
installBritishEnglishDates();

const t = (locale: "pl" | "en" | "de") =>
  createTranslator({
    locale,
    messages: messagesFor(locale),
    namespace: "notifications",
    formats: DATE_FORMATS,
    timeZone: TIME_ZONE,
  });

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

  it("name who invites to a joint offer, which organisation and by when, in the centre and the digest", () => {
    const invitation = {
      lead: "Fundacja Opolskie Centrum Wolontariatu",
      organisation: "Fundacja Ekologiczna „Zielona Odra”",
      deadline: "2027-01-04T11:00:00.000Z",
    };
    const values = messageValues("Wolontariat łączy pokolenia", invitation);
    expect(t("pl")("types.offer_co_applicant_added", values)).toBe(
      "Fundacja Opolskie Centrum Wolontariatu zaprasza Twoją organizację (Fundacja Ekologiczna „Zielona Odra”) do oferty wspólnej „Wolontariat łączy pokolenia” (termin składania ofert: 4 stycznia 2027, 12:00): przyjmij lub odrzuć zaproszenie.",
    );
    expect(t("en")("types.offer_co_applicant_added", values)).toBe(
      "Fundacja Opolskie Centrum Wolontariatu invites your organisation (Fundacja Ekologiczna „Zielona Odra”) to the joint offer “Wolontariat łączy pokolenia” (deadline for offers: 4 January 2027, 12:00): accept or decline the invitation.",
    );
    expect(t("de")("types.offer_co_applicant_added", values)).toContain("(Angebotsfrist: 4. Januar 2027, 12:00)");
    for (const locale of ["pl", "en", "de"] as const) {
      const line = t(locale)("digest.offer_co_applicant_added", { ...values, count: 1 });
      expect(line).toContain("Fundacja Opolskie Centrum Wolontariatu");
      expect(line).toContain("2027");
    }
    // Stored before the notice named them: the old wording, still formatted.
    expect(t("pl")("types.offer_co_applicant_added", messageValues("Wolontariat", {}))).toBe(
      "Twoja organizacja jest zapraszana jako współoferent oferty wspólnej „Wolontariat”: przyjmij lub odrzuć zaproszenie.",
    );
    expect(t("pl")("digest.offer_co_applicant_added", { ...messageValues("Wolontariat", {}), count: 1 })).toBe(
      "Zaproszenie do oferty wspólnej: Wolontariat",
    );
  });

  it("tell the lead when a partner's leaving made the offer one organisation's", () => {
    const left = { decision: "LEFT", organisation: "Fundacja Ekologiczna „Zielona Odra”" };
    expect(t("pl")("types.offer_co_applicant_answered", messageValues("Wolontariat", { ...left, single: "yes" }))).toBe(
      "Z oferty „Wolontariat” wycofała się organizacja: Fundacja Ekologiczna „Zielona Odra”. Oferta jest teraz ofertą jednej organizacji – sprawdź kalkulację kosztów.",
    );
    expect(
      t("en")("types.offer_co_applicant_answered", messageValues("Wolontariat", { ...left, single: "yes" })),
    ).toMatch(/single organisation's offer – check the cost calculation\.$/);
    expect(
      t("de")("types.offer_co_applicant_answered", messageValues("Wolontariat", { ...left, single: "yes" })),
    ).toMatch(/Kostenkalkulation\.$/);
    expect(t("pl")("types.offer_co_applicant_answered", messageValues("Wolontariat", left))).toBe(
      "Z oferty „Wolontariat” wycofała się organizacja: Fundacja Ekologiczna „Zielona Odra”.",
    );
  });

  it("say what the evaluation decided, with the deadline when one runs (issue 26)", () => {
    const deadline = "2027-03-12T22:59:00.000Z";
    expect(
      t("pl")(
        "types.offer_formal_result",
        messageValues("Seniorzy w sieci", { status: "TO_CORRECT", deadline, reason: "Brak podpisu." }),
      ),
    ).toBe("Urząd prosi o korektę oferty Seniorzy w sieci do 12 marca 2027, 23:59. Uzasadnienie: Brak podpisu.");
    expect(t("en")("types.offer_formal_result", messageValues("Seniors", { status: "COMPLETE" }))).toBe(
      "The offer Seniors passed the formal check.",
    );
    expect(t("pl")("types.offer_outcome", messageValues("Seniorzy", { outcome: "FUNDED", deadline }))).toBe(
      "Urząd przyznał dotację na ofertę Seniorzy. Na przyjęcie dotacji jest czas do 12 marca 2027, 23:59.",
    );
    expect(t("de")("types.offer_outcome", messageValues("Senioren", { outcome: "NOT_FUNDED" }))).toBe(
      "Die Behörde hat dem Angebot Senioren keinen Zuschuss gewährt.",
    );
    // Stored without the data: still a sentence.
    expect(t("pl")("types.offer_correction_due", messageValues("Seniorzy", {}))).toBe(
      "Termin korekty oferty Seniorzy mija.",
    );
  });
});

// The fit in words, in the reader's language: the reasons as one sentence
// ("also works in social assistance; seat 12 km away; offers the event hall
// you need") and the requirements not met as another. Built only from the
// reason codes and their values, so what is said is exactly what was scored.
// The perspective is the reader's: a request's author reads about a candidate
// ("offers … you need"), a candidate about a request ("you offer … it needs").
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { capabilityName } from "@/lib/partnerships/capabilities";
import type { Fit } from "@/lib/partnerships/score/combine";
import type { Reason, Unmet } from "@/lib/partnerships/score/types";
import { sharedIntl } from "@/lib/i18n/shared-intl";

export type Perspective = "author" | "candidate";

export interface FitExplanation {
  /** "Very good fit", "Good fit"… */
  level: string;
  /** Whole per cent, for the bar's text. */
  percent: number;
  why: string;
  notMet: string | null;
}

export type FitLevel = "excellent" | "good" | "fair" | "weak";

export function fitLevel(score: number): FitLevel {
  if (score >= 0.75) return "excellent";
  if (score >= 0.5) return "good";
  if (score >= 0.3) return "fair";
  return "weak";
}

function newWording(locale: Locale) {
  const messages = messagesFor(locale);
  return {
    t: createTranslator({ ...sharedIntl, locale, messages, namespace: "partnerFit" }),
    names: createTranslator({ ...sharedIntl, locale, messages, namespace: "partnerships" }),
    // British English lists: "a, b and c".
    listFormat: new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "conjunction" }),
  };
}

/**
 * The translators and list format of each language, made once per process:
 * a translator parses each message the first time it is used and keeps it,
 * and ICU takes far longer to build a list format than to use one. Made per
 * call, they cost a page of 20 suggestions a fifth of its time.
 */
const wordings = new Map<Locale, ReturnType<typeof newWording>>();
function wordingFor(locale: Locale) {
  let wording = wordings.get(locale);
  if (!wording) {
    wording = newWording(locale);
    wordings.set(locale, wording);
  }
  return wording;
}

export function explainFit(
  fit: Pick<Fit, "score" | "reasons" | "unmet">,
  locale: Locale,
  perspective: Perspective,
  sphereNames: ReadonlyMap<string, string>,
): FitExplanation {
  const { t, names, listFormat } = wordingFor(locale);
  const list = (items: string[]) => listFormat.format(items);
  const things = (competences: string[], resources: string[]) =>
    list([...competences, ...resources].map((code) => capabilityName(names, code)));

  const reason = (r: Reason): string => {
    switch (r.code) {
      case "sharedSpheres":
        return t("reasons.sharedSpheres", {
          perspective,
          spheres: list(r.sphereIds.map((id) => sphereNames.get(id) ?? id)),
        });
      case "sameGmina":
        return t("reasons.sameGmina");
      case "samePowiat":
        return t("reasons.samePowiat", { km: r.km });
      case "distance":
        return t("reasons.distance", { km: r.km });
      case "coversNeeds":
        return t("reasons.coversNeeds", { perspective, items: things(r.competences, r.resources) });
      case "publicBenefit":
        return t("reasons.publicBenefit", { perspective });
      case "pastProjects":
        return t("reasons.pastProjects", { perspective, count: r.count });
      case "completedPartnerships":
        return t("reasons.completedPartnerships", { perspective, count: r.count, again: r.wouldAgain });
      case "recentlyActive":
        return t("reasons.recentlyActive", { perspective });
      case "needsWhatYouOffer":
        return t("reasons.needsWhatYouOffer", { perspective, items: things(r.competences, r.resources) });
    }
  };
  const unmet = (u: Unmet): string => {
    switch (u.code) {
      case "outsideRadius":
        return t("unmet.outsideRadius", { km: u.km, radius: u.radiusKm });
      case "outsideTerritory":
        return t("unmet.outsideTerritory");
      case "legalForm":
        return t("unmet.legalForm", { perspective });
      case "publicBenefit":
        return t("unmet.publicBenefit");
      case "notVerified":
        return t("unmet.notVerified", { perspective });
      case "needsNotCovered":
        return t("unmet.needsNotCovered", { perspective, items: things(u.competences, u.resources) });
    }
  };
  // Distance is said once: an unmet radius already names the kilometres.
  const reasons = fit.reasons.filter(
    (r) => !(r.code === "distance" && fit.unmet.some((u) => u.code === "outsideRadius")),
  );
  const said = reasons.map(reason);
  return {
    level: t(`level.${fitLevel(fit.score)}`),
    percent: Math.round(fit.score * 100),
    why: said.length > 0 ? capitalise(t("why", { reasons: said.join("; ") }), locale) : t("noReasons"),
    notMet: fit.unmet.length > 0 ? t("notMet", { items: fit.unmet.map(unmet).join("; ") }) : null,
  };
}

const capitalise = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

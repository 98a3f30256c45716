"use client";

import { useTranslations } from "next-intl";
import { statutory } from "@/components/offers/costs/statutory";
import type { OfferTemplate } from "@/lib/offers/document/schema";
import { templateField } from "@/lib/offers/template/templates";

const TERMS = ["name", "unit", "unitCost", "qtyMilli", "value", "adminHeading"] as const;

/**
 * What the statutory column heads of V.A mean, in the reader's language: the
 * heads themselves stay in the template's Polish (lang="pl"). A native
 * disclosure, closed at first, so it costs the table no room on a phone.
 */
export function CostGlossary({ template }: { template: OfferTemplate }) {
  const t = useTranslations("offerCosts.glossary");
  const term = (name: (typeof TERMS)[number]) =>
    name === "value" ? statutory.value : (templateField(template, "costs", name)?.label ?? "");
  return (
    <details className="mt-2">
      <summary className="cursor-pointer font-semibold text-blue-900 underline">{t("title")}</summary>
      <dl className="mt-2 space-y-1">
        {TERMS.map((name) => (
          <div key={name}>
            <dt className="inline font-semibold" lang="pl">
              {term(name)}
            </dt>
            <dd className="inline">
              {" – "}
              {t(name)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

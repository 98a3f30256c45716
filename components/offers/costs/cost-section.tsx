"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { OfferChecks, useOfferProblems } from "@/components/offers/checks/offer-checks";
import { useSettled } from "@/components/offers/checks/use-settled";
import { CostGlossary } from "@/components/offers/costs/cost-glossary";
import type { CostAction } from "@/components/offers/costs/cost-lines";
import { CostTable } from "@/components/offers/costs/cost-table";
import { FundingTable } from "@/components/offers/costs/funding-table";
import { JointSplitTable, type SplitApplicant } from "@/components/offers/costs/joint-split-table";
import type { OfferParams } from "@/lib/offers/calc/check-offer";
import { computeCosts } from "@/lib/offers/calc/costs";
import { computeFunding } from "@/lib/offers/calc/funding";
import { computeSplit } from "@/lib/offers/calc/joint-split";
import { formatPln } from "@/lib/offers/calc/money";
import {
  emptyOfferDocument,
  type CostsSection,
  type FundingSection,
  type JointSplitSection,
  type OfferDocument,
  type OfferTemplate,
} from "@/lib/offers/document/schema";

/** How long the sums must stay still before they are read out. */
const ANNOUNCE_DELAY_MS = 1_200;

export type CostSectionKey = "costs" | "funding" | "jointSplit";
export type CostSectionContent = { costs: CostsSection; funding: FundingSection; jointSplit: JointSplitSection };

export type CostSectionProps = CostSectionContent & {
  template?: OfferTemplate;
  kind: "SINGLE" | "JOINT";
  /** The offer's years (the cost table's year columns), ascending. */
  years: number[];
  /** The III.4 actions, in the plan's order: the cost lines are grouped under them. */
  actions: CostAction[];
  /** The applicants in the template's order (lead first); V.C is shown for a joint offer. */
  applicants: SplitApplicant[];
  /** The task's parameters (task ⊕ competition), for the checks shown at the fields. */
  params: OfferParams;
  readOnly?: boolean;
  /** The level of the three tables' headings (V.A, V.B, V.C): 4 under the editor's part V (h2) and costs section (h3). */
  headingLevel?: 3 | 4;
  onChange: <K extends CostSectionKey>(key: K, content: CostSectionContent[K]) => void;
};

/**
 * Part V of the offer: V.A the costs, V.B the sources of funding and, for a
 * joint offer, V.C the split between the applicants. Every value, subtotal and
 * total is computed from what is typed, per year, as one types; the sums are
 * read out politely once typing pauses. The editor owns the content (and saves
 * it): each change comes back through `onChange(section, content)`.
 *
 * Problems at these fields come from the editor's OfferChecks (which checks the
 * whole document); outside one, this section checks its own part of the offer
 * against `params`, so it also works on its own.
 */
export function CostSection(props: CostSectionProps) {
  const checked = useOfferProblems();
  return checked === null ? <SelfChecked {...props} /> : <CostTables {...props} />;
}

function SelfChecked(props: CostSectionProps) {
  const { template = "FULL_2018", years, costs, funding, jointSplit, actions, applicants, kind, params } = props;
  const document = useMemo<OfferDocument>(() => {
    const empty = emptyOfferDocument(template, years);
    // The plan only matters here for which actions the cost lines may name.
    const plan = Object.fromEntries(
      years.map((year, index) => [
        String(year),
        actions
          .filter((action) => (action.year === undefined ? index === 0 : action.year === year))
          .map(({ id, name }) => ({ id, name })),
      ]),
    );
    return {
      ...empty,
      plan,
      costs,
      funding,
      jointSplit,
      applicants: { list: applicants.map(({ organisationId, name }) => ({ organisationId, name })), contact: {} },
    };
  }, [template, years, costs, funding, jointSplit, actions, applicants]);
  const context = useMemo(() => ({ kind, params }), [kind, params]);
  return (
    <OfferChecks document={document} context={context}>
      <CostTables {...props} />
    </OfferChecks>
  );
}

/** A polite live region reading `text` once it has settled; silent until the first change. */
function Announcer({ text }: { text: string }) {
  const settled = useSettled(text, ANNOUNCE_DELAY_MS);
  const [initial] = useState(settled);
  const [changed, setChanged] = useState(false);
  // Adjusted while rendering (React's pattern for state that follows a value), not in an effect.
  if (!changed && settled !== initial) setChanged(true);
  return (
    <p className="sr-only" aria-live="polite">
      {changed ? settled : ""}
    </p>
  );
}

function CostTables({
  template = "FULL_2018",
  kind,
  years,
  costs,
  funding,
  jointSplit,
  actions,
  applicants,
  readOnly = false,
  headingLevel = 4,
  onChange,
}: CostSectionProps) {
  const t = useTranslations("offerCosts");
  const locale = useLocale();
  const costTotals = useMemo(() => computeCosts(costs, years), [costs, years]);
  const fundingTotals = useMemo(() => computeFunding(costTotals, funding), [costTotals, funding]);
  const splitTotals = useMemo(
    () => computeSplit(costTotals, jointSplit, applicants),
    [costTotals, jointSplit, applicants],
  );
  const joint = kind === "JOINT" && template === "FULL_2018";
  // What a line's button did, read out at once; the sums follow when typing pauses.
  const [done, setDone] = useState({ text: "", count: 0 });
  // The same words twice (two lines added in a row) must change the region, or it is not read again.
  const announce = (text: string) => setDone((current) => ({ text, count: current.count + 1 }));
  const sums = [
    t("announceTotal", { total: formatPln(costTotals.grandTotal, locale) }),
    fundingTotals.difference === 0
      ? t("announceFundingMatches")
      : t("announceFundingDifference", { difference: formatPln(fundingTotals.difference, locale) }),
    ...(joint && splitTotals.mismatchedYears.length > 0
      ? [t("announceSplitMismatch", { years: splitTotals.mismatchedYears.join(", ") })]
      : []),
  ].join(" ");

  return (
    <div>
      {!readOnly && <p className="text-slate-800">{t("help.amounts")}</p>}
      <CostTable
        template={template}
        costs={costs}
        years={years}
        actions={actions}
        totals={costTotals}
        readOnly={readOnly}
        headingLevel={headingLevel}
        intro={
          <>
            {!readOnly && (
              <p className="mt-1 text-slate-800">
                {t(template === "FULL_2018" ? "help.costs" : "help.costsSimplified")}
              </p>
            )}
            <CostGlossary template={template} />
          </>
        }
        onChange={(content) => onChange("costs", content)}
        onAnnounce={announce}
      />
      <FundingTable
        template={template}
        funding={funding}
        totals={fundingTotals}
        readOnly={readOnly}
        headingLevel={headingLevel}
        intro={readOnly ? null : <p className="mt-1 text-slate-800">{t("help.funding")}</p>}
        onChange={(content) => onChange("funding", content)}
      />
      {joint && (
        <>
          <JointSplitTable
            template={template}
            split={jointSplit}
            applicants={applicants}
            totals={splitTotals}
            expected={{ perYear: costTotals.perYearTotals, total: costTotals.grandTotal }}
            readOnly={readOnly}
            headingLevel={headingLevel}
            intro={readOnly ? null : <p className="mt-1 text-slate-800">{t("help.jointSplit")}</p>}
            onChange={(content) => onChange("jointSplit", content)}
          />
        </>
      )}
      {!readOnly && (
        <>
          <p className="sr-only" aria-live="polite">
            {done.text}
            {done.count % 2 === 1 ? "\u00a0" : ""}
          </p>
          <Announcer text={sums} />
        </>
      )}
    </div>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, type FocusEvent, type ReactNode, type RefObject } from "react";
import { ChecksPanel, useChecksSummary } from "@/components/offers/checks/checks-panel";
import { OfferChecks } from "@/components/offers/checks/offer-checks";
import { CostSection, type CostSectionKey } from "@/components/offers/costs/cost-section";
import { ApplicantsSectionForm } from "@/components/offers/editor/applicants-section";
import { ConflictNotice } from "@/components/offers/editor/conflict-notice";
import { PlanSectionForm, ResultsTableForm } from "@/components/offers/editor/rows-section";
import { SaveStatusLine } from "@/components/offers/editor/save-status";
import { FULL_2018_PARTS, type TemplatePart } from "@/components/offers/editor/section-headings";
import { SectionFields } from "@/components/offers/editor/section-fields";
import { useAutosave, type InitialSection, type SaveChannel } from "@/components/offers/editor/use-autosave";
import { Alert } from "@/components/ui/alert";
import type { OfferParams } from "@/lib/offers/calc/check-offer";
import { assembleDocument } from "@/lib/offers/document/assemble";
import {
  offerSectionKeys,
  type ApplicantsSection,
  type OfferSectionKey,
  type OfferTemplate,
  type PlanSection,
  type ResultRow,
} from "@/lib/offers/document/schema";

export type EditorApplicant = { organisationId: string; name: string; lead: boolean };

export type EditorProps = {
  offerId: string;
  template: OfferTemplate;
  kind: "SINGLE" | "JOINT";
  mayEdit: boolean;
  /** The applicants whose II block this person fills in: all for the lead's people, their own for a co-applicant's. */
  editableApplicants: string[];
  sections: InitialSection[];
  applicants: EditorApplicant[];
  params: OfferParams;
  /** The competition's allowed years: the plan's years until III.2's dates are typed. */
  fallbackYears: number[];
  /** Part I, from the competition: not typed. */
  addressee: { institutionName: string; taskName: string };
  /**
   * A correction (components/offers/correction): only these sections may be
   * changed, the others are shown read-only; saves go through `channel`, and
   * `editableLabel` marks the editable sections' headings.
   */
  editableKeys?: readonly OfferSectionKey[];
  channel?: SaveChannel;
  editableLabel?: string;
  /** For a submit outside the editor: saves what is waiting, then tells each section's saved revision. */
  controlRef?: RefObject<EditorControl | null>;
};

export type EditorControl = { saveNow: () => Promise<Partial<Record<OfferSectionKey, number>>> };

const COST_KEYS: readonly OfferSectionKey[] = ["costs", "funding", "jointSplit"];

const CHECKS_ID = "offer-checks";

/**
 * The checks panel comes after the whole form (on a phone some ten thousand
 * pixels down): this link at the top says how many problems there are and
 * jumps there. The panel is not a column beside the form: that column took a
 * third of the page and cut the cost table off at 1280 px; each field shows
 * its own problems as one types. Below md it sticks to the bottom of the
 * screen while the form is in view: on a phone the top of the form is below
 * the first screen, and the count is what one wants to see while typing.
 */
function ChecksJumpLink({ ready }: { ready: boolean }) {
  const t = useTranslations("offerCosts.checks");
  const summary = useChecksSummary(ready);
  return (
    <p className="sticky bottom-0 z-10 mb-6 border-t-2 border-slate-400 bg-white py-2 md:static md:border-t-0 md:py-0">
      <a href={`#${CHECKS_ID}`} className="font-semibold underline">
        {t("jump", { summary })}
      </a>
    </p>
  );
}

/**
 * The offer's form, laid out as the template: parts I–VII with their
 * statutory headings, each section saved on its own as one types (autosave),
 * checked as one types (OfferChecks around everything feeds the fields and
 * the checks panel), and any conflict with someone else's save shown in its
 * section for the person to choose.
 */
export function OfferEditor(props: EditorProps) {
  const { offerId, template, kind, mayEdit, applicants, params, fallbackYears, editableKeys } = props;
  const t = useTranslations("offerEditor");
  const locale = useLocale();
  const { state, status, restored, edit, flush, choose, savedRevisions } = useAutosave(
    offerId,
    props.sections,
    mayEdit,
    props.channel,
  );
  const { controlRef } = props;
  useEffect(() => {
    if (!controlRef) return;
    controlRef.current = {
      saveNow: async () => {
        await flush();
        return savedRevisions();
      },
    };
  });
  // Part V's three sections are one table: editable together (a correction names them together).
  const editable = (key: OfferSectionKey) =>
    mayEdit && (!editableKeys || (key === "costs" ? COST_KEYS : [key]).some((k) => editableKeys.includes(k)));

  const stored = useMemo(
    () =>
      (Object.entries(state) as [OfferSectionKey, { content: unknown }][]).map(([key, s]) => ({
        key,
        content: s.content,
      })),
    [state],
  );
  const document = useMemo(
    () => assembleDocument(stored, template, fallbackYears).document,
    [stored, template, fallbackYears],
  );
  const context = useMemo(() => ({ kind, params }), [kind, params]);
  const names = Object.fromEntries(applicants.map((a) => [a.organisationId, a.name]));
  const actions = useMemo(
    () =>
      document.years.flatMap((year) =>
        (document.plan[String(year)] ?? []).map((action) => ({ id: action.id, name: action.name, year })),
      ),
    [document],
  );
  const present = new Set(offerSectionKeys(template));

  const leaveSection = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void flush();
  };

  const conflictOf = (key: OfferSectionKey) => {
    const section = state[key];
    if (!section?.conflict) return null;
    return (
      <ConflictNotice
        template={template}
        key={`${key}-${section.conflict.revision}`}
        conflict={section.conflict}
        mine={section.content}
        sectionName={t(`sectionNames.${key}`)}
        onChoose={(choice) => choose(key, choice)}
      />
    );
  };

  const sectionBody = (key: OfferSectionKey): ReactNode => {
    // The assembled section: a stored row that no longer parses shows (and is saved) as empty, never as is.
    const content = document[key];
    const change = (next: unknown) => edit(key, next);
    const readOnly = !editable(key);
    switch (key) {
      case "applicants":
        return (
          <ApplicantsSectionForm
            template={template}
            content={document.applicants as ApplicantsSection}
            names={names}
            onChange={change}
            readOnly={readOnly}
            editableApplicants={props.editableApplicants}
          />
        );
      case "plan":
        return (
          <PlanSectionForm
            template={template}
            content={document.plan as PlanSection}
            years={document.years}
            applicants={kind === "JOINT" ? applicants : undefined}
            onChange={change}
            readOnly={readOnly}
          />
        );
      case "resultsTable":
        return (
          <>
            {params.resultsTableWaived && <p className="mb-3">{t("editor.resultsTableWaived")}</p>}
            <ResultsTableForm
              template={template}
              content={document.resultsTable as ResultRow[]}
              onChange={change}
              readOnly={readOnly}
            />
          </>
        );
      case "costs":
        return (
          <CostSection
            template={template}
            kind={kind}
            years={document.years}
            actions={actions}
            applicants={applicants.map(({ organisationId, name }) => ({ organisationId, name }))}
            params={params}
            costs={document.costs}
            funding={document.funding}
            jointSplit={document.jointSplit}
            readOnly={readOnly}
            onChange={(section: CostSectionKey, next) => edit(section, next)}
          />
        );
      case "funding":
      case "jointSplit":
        // Part of the CostSection above.
        return null;
      default:
        return (
          <SectionFields
            template={template}
            sectionKey={key}
            content={content}
            onChange={change}
            readOnly={readOnly}
            hidden={key === "other" && kind === "SINGLE" ? ["jointRoles"] : []}
          />
        );
    }
  };

  const part = (item: TemplatePart) => {
    const keys = item.sections.filter((key) => present.has(key));
    if (item.id !== "I" && keys.length === 0) return null;
    return (
      <section key={item.id} id={`part-${item.id}`} aria-labelledby={`part-${item.id}-heading`} className="mb-10">
        <h2 id={`part-${item.id}-heading`} className="text-2xl font-bold">
          {item.id}. <span lang="pl">{item.heading}</span>
        </h2>
        {locale !== "pl" && <p className="mt-1 text-slate-700">{t(`parts.${item.id}`)}</p>}
        {item.id === "I" && (
          <dl className="mt-3 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
            <dt className="font-semibold">{t("editor.addressee")}</dt>
            <dd>{props.addressee.institutionName}</dd>
            <dt className="font-semibold">{t("editor.taskKind")}</dt>
            <dd>{props.addressee.taskName}</dd>
          </dl>
        )}
        {keys
          .filter((key) => key === "costs" || !COST_KEYS.includes(key))
          .map((key) => (
            <section
              key={key}
              aria-labelledby={`section-${key}`}
              className="mt-6"
              onBlur={editable(key) ? leaveSection : undefined}
            >
              <h3 id={`section-${key}`} className="mb-3 text-xl font-semibold">
                {t(`sectionNames.${key}`)}
                {editableKeys && editable(key) && props.editableLabel && (
                  <span className="ml-3 inline-block rounded border-2 border-amber-700 px-2 text-base text-amber-900">
                    {props.editableLabel}
                  </span>
                )}
              </h3>
              {(key === "costs" ? COST_KEYS : [key]).map((k) => conflictOf(k))}
              {sectionBody(key)}
            </section>
          ))}
      </section>
    );
  };

  return (
    <OfferChecks document={document} context={context}>
      {mayEdit && <SaveStatusLine status={status} offerId={offerId} onRetry={() => void flush()} />}
      {restored.length > 0 && (
        <Alert tone="info">
          {t("editor.restored", { sections: restored.map((key) => t(`sectionNames.${key}`)).join(", ") })}
        </Alert>
      )}
      <ChecksJumpLink ready={mayEdit} />
      <div className="min-w-0">{FULL_2018_PARTS.map(part)}</div>
      <ChecksPanel
        headingLevel={2}
        id={CHECKS_ID}
        // A correction is submitted from its own page, not the draft's submission page.
        submitOfferId={mayEdit && !editableKeys ? offerId : undefined}
      />
    </OfferChecks>
  );
}

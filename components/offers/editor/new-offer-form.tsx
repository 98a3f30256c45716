"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CoApplicantSearch, type FoundOrganisation } from "@/components/offers/editor/co-applicant-search";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { createOfferDraftAction } from "@/lib/offers/drafts/actions";
import type { NewOfferView } from "@/lib/offers/co-applicants/queries";

type Chosen = { id: string; name: string };

/**
 * Starting an offer: the task, the organisation it is for (when the person
 * drafts for more than one), single or joint, and for a joint offer the
 * co-applicants, from a partnership formed on the platform or found in the
 * directory. The draft is created with II prefilled and the editor opens.
 */
export function NewOfferForm({ view }: { view: NewOfferView }) {
  const t = useTranslations("offerEditor.start");
  const router = useRouter();
  const [taskId, setTaskId] = useState(view.tasks.length === 1 ? view.tasks[0]!.id : "");
  const [organisationId, setOrganisationId] = useState(view.organisations[0]?.id ?? "");
  const [kind, setKind] = useState<"SINGLE" | "JOINT">("SINGLE");
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [partnershipId, setPartnershipId] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const partnerships = view.partnerships.filter((p) => p.organisationId === organisationId);

  const add = (organisation: FoundOrganisation | Chosen) =>
    setChosen((list) =>
      list.some((c) => c.id === organisation.id) ? list : [...list, { id: organisation.id, name: organisation.name }],
    );

  const submit = async () => {
    setError(null);
    if (!taskId) return setError("taskRequired");
    if (kind === "JOINT" && chosen.length === 0) return setError("coApplicantsRequired");
    setBusy(true);
    const result = await createOfferDraftAction({
      competitionId: view.competition.id,
      taskId,
      organisationId,
      kind,
      coApplicantIds: kind === "JOINT" ? chosen.map((c) => c.id) : [],
      partnershipId: kind === "JOINT" ? partnershipId : undefined,
    });
    setBusy(false);
    const data = result?.data as { offerId?: string; refused?: string } | undefined;
    if (data?.offerId) return router.push({ pathname: "/offers/[id]", params: { id: data.offerId } });
    setError(data?.refused ?? (result?.validationErrors ? "invalid" : "failed"));
  };

  return (
    <form
      className="mt-6 max-w-3xl"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset className="mb-6">
        <legend className="text-lg font-semibold">{t("task")}</legend>
        {view.tasks.map((task) => (
          <label key={task.id} className="mt-1 flex items-start gap-2">
            <input
              type="radio"
              className="mt-1.5"
              name="taskId"
              checked={taskId === task.id}
              onChange={() => setTaskId(task.id)}
            />
            <span lang="pl">{task.label}</span>
          </label>
        ))}
      </fieldset>
      {view.organisations.length > 1 && (
        <fieldset className="mb-6">
          <legend className="text-lg font-semibold">{t("organisation")}</legend>
          {view.organisations.map((organisation) => (
            <label key={organisation.id} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="organisationId"
                checked={organisationId === organisation.id}
                onChange={() => {
                  setOrganisationId(organisation.id);
                  setPartnershipId(undefined);
                }}
              />
              <span lang="pl">{organisation.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {view.competition.jointOffersAllowed ? (
        <fieldset className="mb-6">
          <legend className="text-lg font-semibold">{t("kind")}</legend>
          {(["SINGLE", "JOINT"] as const).map((value) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input type="radio" name="kind" checked={kind === value} onChange={() => setKind(value)} />
              <span>{t(`kinds.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="mb-6">{t("jointNotAllowed")}</p>
      )}
      {kind === "JOINT" && (
        <section aria-labelledby="co-applicants" className="mb-6 rounded border-2 border-slate-300 p-4">
          <h2 id="co-applicants" className="text-lg font-semibold">
            {t("coApplicants")}
          </h2>
          {partnerships.length > 0 && (
            <ul className="mt-2 space-y-2">
              {partnerships.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-3">
                  <span lang="pl">{t("partnership", { name: p.partner.name })}</span>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      add(p.partner);
                      setPartnershipId(p.id);
                    }}
                  >
                    {t("fromPartnership", { name: p.partner.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <CoApplicantSearch
            organisationId={organisationId}
            exclude={[organisationId, ...chosen.map((c) => c.id)]}
            onChoose={add}
          />
          <h3 className="mt-4 font-semibold">{t("chosen")}</h3>
          {chosen.length === 0 ? (
            <p>{t("noneChosen")}</p>
          ) : (
            <ul className="mt-1 space-y-2">
              {chosen.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-3">
                  <span lang="pl">{c.name}</span>
                  <Button variant="secondary" onClick={() => setChosen((list) => list.filter((x) => x.id !== c.id))}>
                    {t("unchoose", { name: c.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {error && (
        <Alert tone="error" live>
          {t(`errors.${error}` as "errors.failed")}
        </Alert>
      )}
      <Button type="submit" busy={busy} className="mt-4">
        {t("submit")}
      </Button>
    </form>
  );
}

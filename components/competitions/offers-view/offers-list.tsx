import { getFormatter, getTranslations } from "next-intl/server";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Table, Td, Th } from "@/components/ui/table";
import type { OfficeOffersView } from "@/lib/competitions/offers-view/list";
import { longDateTime } from "@/lib/i18n/date-time";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";

/**
 * The offers of a competition for its office: before the deadline only their
 * number per task; after it, each task's offers with applicants, amounts,
 * version, checksum and confirmation, and a search by checksum (a GET form).
 */
export async function OffersList({ view, locale }: { view: OfficeOffersView; locale: string }) {
  const t = await getTranslations("offerSubmission.office");
  const format = await getFormatter();
  const slug = view.competition.slug;
  return (
    <>
      {!view.visible && (
        <Alert tone="info">{t("hiddenUntil", { deadline: longDateTime(format, view.competition.deadline) })}</Alert>
      )}
      {view.visible && (
        <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="checksum" className="block font-semibold">
              {t("searchLabel")}
            </label>
            <input
              id="checksum"
              name="checksum"
              defaultValue={view.searched ?? ""}
              className={inputClassName}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded border-2 border-blue-800 bg-blue-800 px-4 py-2 font-semibold text-white"
          >
            {t("search")}
          </button>
        </form>
      )}
      {view.searched !== null && <p className="mt-2">{t("searchResults", { checksum: view.searched })}</p>}
      {view.tasks.map((task) => (
        <section key={task.number} aria-labelledby={`task-${task.number}`} className="mt-8">
          <h2 id={`task-${task.number}`} className="text-2xl font-semibold">
            {t("task", { number: task.number, name: task.kindName })}
          </h2>
          <p className="mt-1">{t("count", { count: task.count })}</p>
          {view.visible && task.offers.length > 0 && (
            <Table caption={t("caption", { number: task.number })} stacked>
              <thead>
                <tr>
                  <Th>{t("offer")}</Th>
                  <Th>{t("applicants")}</Th>
                  <Th>{t("grant")}</Th>
                  <Th>{t("totalCost")}</Th>
                  <Th>{t("version")}</Th>
                  <Th>{t("confirmation")}</Th>
                </tr>
              </thead>
              <tbody>
                {task.offers.map((offer) => (
                  <tr key={offer.id}>
                    <Td label={t("offer")}>
                      <Link href={{ pathname: "/competitions/[slug]/offers/[id]", params: { slug, id: offer.id } }}>
                        {offer.title || t("untitled")}
                      </Link>
                    </Td>
                    <Td label={t("applicants")}>{offer.applicants.join(", ")}</Td>
                    <Td label={t("grant")}>{formatPln(offer.requestedGrant, locale)}</Td>
                    <Td label={t("totalCost")}>{formatPln(offer.totalCost, locale)}</Td>
                    <Td label={t("version")}>
                      {t("versionValue", { number: offer.number })} <code>{offer.shortChecksum}</code>
                    </Td>
                    <Td label={t("confirmation")}>
                      {offer.confirmation ? t(`confirmationStatus.${offer.confirmation}`) : t("confirmationNone")}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      ))}
    </>
  );
}

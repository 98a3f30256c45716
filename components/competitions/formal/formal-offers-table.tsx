import { useTranslations } from "next-intl";
import { When } from "@/components/small-grants/money";
import { Table, Td, Th } from "@/components/ui/table";
import type { FormalCheckView } from "@/lib/competitions/formal/queries";
import { Link } from "@/lib/i18n/navigation";

/** Each task's submitted offers with their formal status, the open (or lapsed) correction's day, and the way to check each. */
export function FormalOffersTable({ view }: { view: FormalCheckView }) {
  const t = useTranslations("competitionFormal");
  return (
    <>
      {view.tasks.map((task) => (
        <Table key={task.number} caption={t("list.task", { number: task.number, name: task.kindName })} stacked>
          <thead>
            <tr>
              <Th>{t("list.offer")}</Th>
              <Th>{t("list.applicants")}</Th>
              <Th>{t("list.version")}</Th>
              <Th>{t("list.status")}</Th>
            </tr>
          </thead>
          <tbody>
            {task.offers.length === 0 && (
              <tr>
                <Td className="text-slate-700">{t("list.none")}</Td>
              </tr>
            )}
            {task.offers.map((offer) => (
              <tr key={offer.id}>
                <Td label={t("list.offer")}>
                  <Link
                    href={{
                      pathname: "/competitions/[slug]/offers/[id]/formal",
                      params: { slug: view.competition.slug, id: offer.id },
                    }}
                    className="font-semibold underline"
                  >
                    {offer.title || t("untitled")}
                  </Link>
                </Td>
                <Td label={t("list.applicants")}>{offer.applicants.join(", ")}</Td>
                <Td label={t("list.version")}>
                  {t("list.versionValue", { number: offer.version, checksum: offer.shortChecksum })}
                </Td>
                <Td label={t("list.status")}>
                  {t(`status.${offer.status}`)}
                  {offer.correction && (
                    <span className="block text-slate-700">
                      {t(offer.correction.status === "OPEN" ? "list.dueOpen" : "list.dueLapsed")}{" "}
                      <When at={offer.correction.dueAt} />
                    </span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
    </>
  );
}

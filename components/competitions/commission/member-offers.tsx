import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { CommissionPageView } from "@/lib/competitions/commission/queries";
import { formatTenths } from "@/lib/competitions/evaluation/calc/cards";
import { Link } from "@/lib/i18n/navigation";

type Seat = NonNullable<Extract<CommissionPageView, { twoFactor: false }>["seat"]>;

/** A member's offers: each with what they declared and the state of their card, leading to the offer. */
export async function MemberOffers({ slug, seat, locale }: { slug: string; seat: Seat; locale: string }) {
  const t = await getTranslations("commission.member");
  const roles = await getTranslations("commission.roles");
  return (
    <section aria-labelledby="my-offers" className="mt-8">
      <h2 id="my-offers" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("role", { role: roles(seat.role) })}</p>
      <p className="mt-2 text-slate-700">{t("declarationHint")}</p>
      {seat.offers.length === 0 ? (
        <p className="mt-4">{t("noOffers")}</p>
      ) : (
        <Table caption={t("caption")} stacked>
          <thead>
            <tr>
              <Th>{t("columns.offer")}</Th>
              <Th>{t("columns.task")}</Th>
              <Th>{t("columns.declaration")}</Th>
              <Th>{t("columns.card")}</Th>
            </tr>
          </thead>
          <tbody>
            {seat.offers.map((offer) => (
              <tr key={offer.id} className="border-t border-slate-300 align-top">
                <Td label={t("columns.offer")}>
                  <Link
                    href={{ pathname: "/competitions/[slug]/commission/offers/[id]", params: { slug, id: offer.id } }}
                  >
                    {offer.title || t("untitled")}
                  </Link>
                  <br />
                  {offer.applicant}
                </Td>
                <Td label={t("columns.task")}>{offer.task}</Td>
                <Td label={t("columns.declaration")}>
                  {offer.declaration === null
                    ? t("declaration.none")
                    : offer.declaration.conflict
                      ? t("declaration.conflict")
                      : t("declaration.noConflict")}
                </Td>
                <Td label={t("columns.card")}>
                  {offer.card === null
                    ? t("card.none")
                    : t(`card.${offer.card.status}`, { total: formatTenths(offer.card.totalTenths, locale) })}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

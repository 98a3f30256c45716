import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { sphereName } from "@/lib/reference-data/sphere-name";

interface Sphere {
  id: string;
  code: string;
  namePl: string;
  nameEn: string;
  nameDe: string;
  verification: "CONFIRMED" | "TO_VERIFY";
  legalBasis: string;
}

export function SphereTable({ spheres }: { spheres: Sphere[] }) {
  const t = useTranslations("spheres");
  const locale = useLocale();
  if (spheres.length === 0) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;
  return (
    <>
      <Table caption={t("caption")}>
        <thead>
          <tr>
            <Th>{t("code")}</Th>
            <Th>{t("name")}</Th>
            <Th className="hidden md:table-cell">{t("legalBasis")}</Th>
            <Th>{t("status")}</Th>
          </tr>
        </thead>
        <tbody>
          {spheres.map((sphere) => (
            <tr key={sphere.id}>
              <Th scope="row" className="border-b border-slate-300 font-normal">
                {sphere.code}
              </Th>
              <Td>{sphereName(sphere, locale)}</Td>
              <Td className="hidden md:table-cell">
                <span lang="pl">{sphere.legalBasis}</span>
              </Td>
              <Td>{sphere.verification === "CONFIRMED" ? t("confirmed") : t("toVerify")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="text-sm text-slate-700">{t("toVerifyNote")}</p>
    </>
  );
}

import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

/** The not-found page's text: the not-found boundary and its server-rendered copy (lib/http/not-found-document.ts). */
export function NotFoundContent() {
  const t = useTranslations("errors");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="my-4">{t("notFoundText")}</p>
      <ButtonLink href="/">{t("backHome")}</ButtonLink>
    </>
  );
}

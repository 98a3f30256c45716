import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { NOT_FOUND_DOCUMENT_SEGMENT } from "@/lib/http/not-found-document";

interface Props {
  params: Promise<{ locale: string; rest: string[] }>;
}

const isNotFoundDocument = (rest: string[]) => rest.length === 1 && rest[0] === NOT_FOUND_DOCUMENT_SEGMENT;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!isNotFoundDocument((await params).rest)) return {};
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "errors" });
  return { ...(await pageTitle(locale, t("notFoundTitle"))), robots: { index: false } };
}

// Unknown addresses within a language get that language's not-found page. Its
// own address renders it as an ordinary page, which the production server
// serves, with status 404, in place of Next.js's empty error shell
// (lib/http/not-found-document.ts).
export default async function CatchAll({ params }: Props) {
  if (isNotFoundDocument((await params).rest)) return <NotFoundContent />;
  notFound();
}

import { useTranslations } from "next-intl";

/** Shown beside an organisation's name once an administrator checked it against its register. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  const t = useTranslations("organisation");
  return verified ? (
    <span className="inline-flex items-center gap-1 rounded border-2 border-green-800 bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-900">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M8 13.6 4.4 10l-1.4 1.4L8 16.4l9-9L15.6 6z" />
      </svg>
      {t("verified")}
    </span>
  ) : (
    <span className="inline-flex items-center rounded border-2 border-slate-600 px-2 py-0.5 text-sm font-semibold text-slate-800">
      {t("notVerified")}
    </span>
  );
}

import { useTranslations } from "next-intl";
import { When } from "@/components/small-grants/money";

type Remark = {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
};

/** The remarks sent in the window, each with the office's answer once given. Plain text: React escapes it. */
export function PublicRemarks({ remarks }: { remarks: Remark[] }) {
  const t = useTranslations("smallGrants.page");
  return (
    <section aria-labelledby="sg-remarks" className="mt-10">
      <h2 id="sg-remarks" className="text-2xl font-semibold">
        {t("remarksHeading", { count: remarks.length })}
      </h2>
      {remarks.length === 0 ? (
        <p className="mt-2">{t("noRemarks")}</p>
      ) : (
        <ol className="mt-4 space-y-6">
          {remarks.map((remark) => (
            <li key={remark.id} className="border-l-4 border-slate-400 pl-3">
              <p className="font-semibold">
                {remark.authorName}, <When at={remark.createdAt} />
              </p>
              <p className="mt-1 whitespace-pre-line">{remark.body}</p>
              {remark.answer && remark.answeredAt && (
                <div className="mt-2 bg-slate-100 p-3">
                  <p className="font-semibold">
                    {t("answerOf")}, <When at={remark.answeredAt} />
                  </p>
                  <p className="mt-1 whitespace-pre-line">{remark.answer}</p>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { ConfirmationView } from "@/lib/offers/confirmations/view";

/**
 * Who will sign the confirmation: the board members from KRS, all ticked;
 * the PDF prints a signature block for each one ticked (masked names are
 * completed by hand), and blank blocks for an applicant with none. A plain
 * GET form to the PDF: it works without JavaScript.
 */
export async function SignerChooser({ view }: { view: ConfirmationView }) {
  const t = await getTranslations("offerSubmission.confirmation");
  if (!view.current) return null;
  return (
    <form method="get" action={`/api/offers/${view.offer.id}/versions/${view.current.number}/confirmation`}>
      <input type="hidden" name="choose" value="1" />
      {view.applicants.map((applicant, a) => (
        <fieldset key={a} className="mt-4">
          <legend className="font-semibold">{t("signersOf", { name: applicant.name })}</legend>
          {applicant.board.length === 0 ? (
            <p className="mt-1">{t("noBoard")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {applicant.board.map((member, m) => (
                <li key={m} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    id={`signer-${a}-${m}`}
                    name="signer"
                    value={`${a}.${m}`}
                    defaultChecked
                    className="mt-1 h-6 w-6 shrink-0 accent-blue-800"
                  />
                  <label htmlFor={`signer-${a}-${m}`}>
                    {member.name}, {member.function}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      ))}
      <button
        type="submit"
        className="mt-4 inline-flex min-h-11 items-center rounded border-2 border-blue-800 bg-white px-4 py-2 font-semibold text-blue-900 hover:bg-blue-50"
      >
        {t("downloadWithSigners")}
      </button>
    </form>
  );
}

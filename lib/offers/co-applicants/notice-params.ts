// The query parameters by which a co-applicant's answer tells the page it lands
// on what to confirm (the way ideas and elections confirm after a redirect):
// read by the pages on the server, set by the answer buttons in the browser.

/** On "Moje oferty": the offer just declined or withdrawn from (components/offers/co-applicants/consent-buttons.tsx). */
export const ANSWERED_PARAM = "odpowiedz";

/** On the offer's page: the organisation whose invitation was just accepted. */
export const ACCEPTED_PARAM = "przyjeto";

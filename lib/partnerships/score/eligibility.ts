// Eligibility: the kinds of partner the request asks for. A wrong legal form
// or a missing public-benefit status (status organizacji pożytku publicznego,
// OPP) is a hard unmet requirement; an unverified organisation is only said
// and scores a little lower (it cannot post requests or act in public yet).
// The value is a factor the combined score is multiplied by, not a weighted
// part: the settings weigh the other five. An office (legalForm null) answers
// only requests that welcome local government, where legal forms do not apply.
import type { CandidateFacts, ComponentResult, RequestFacts, Reason, Unmet } from "@/lib/partnerships/score/types";

const UNVERIFIED_FACTOR = 0.9;

export function eligibilityScore(
  request: Pick<RequestFacts, "partnerLegalForms" | "requiresPublicBenefit">,
  candidate: Pick<CandidateFacts, "legalForm" | "hasPublicBenefitStatus" | "verified">,
): ComponentResult {
  const unmet: Unmet[] = [];
  const reasons: Reason[] = [];
  const office = candidate.legalForm === null;
  if (!office && request.partnerLegalForms.length > 0 && !request.partnerLegalForms.includes(candidate.legalForm!))
    unmet.push({ code: "legalForm", legalForm: candidate.legalForm, hard: true });
  if (!office && request.requiresPublicBenefit) {
    if (candidate.hasPublicBenefitStatus) reasons.push({ code: "publicBenefit" });
    else unmet.push({ code: "publicBenefit", hard: true });
  }
  if (!candidate.verified) unmet.push({ code: "notVerified", hard: false });
  return { value: candidate.verified ? 1 : UNVERIFIED_FACTOR, reasons, unmet };
}

export { autosaveOfferRoute as POST } from "@/lib/offers/drafts/autosave-handler";

export { correctionAutosaveRoute as POST } from "@/lib/offers/corrections/autosave-handler";

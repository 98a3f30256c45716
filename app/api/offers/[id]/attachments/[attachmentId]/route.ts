export { downloadOfferAttachment as GET } from "@/lib/offers/attachments/handlers";

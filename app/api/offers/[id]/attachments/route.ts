export { uploadOfferAttachment as POST } from "@/lib/offers/attachments/handlers";

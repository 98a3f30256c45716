export { uploadIdeaAttachment as POST } from "@/lib/ideas/file-handlers";

export { uploadIdeaImageRoute as POST } from "@/lib/ideas/file-handlers";

/**
 * The project's root folder, where `prisma/` (migrations, datasets, reference lists) lives. Everything
 * the data package reads from disk is found from here. This module sits two folders below its package
 * root like the command's bundle (packages/cli/dist), so the same relative path holds in both.
 */
export const PROJECT_ROOT = new URL("../../../", import.meta.url);

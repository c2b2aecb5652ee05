// CLI models: where generated model folders live (models/generated/, gitignored, rebuilt by build-models.ts).
import { fileURLToPath } from 'node:url';

export const GENERATED_DIR = fileURLToPath(new URL('../../../models/generated/', import.meta.url));

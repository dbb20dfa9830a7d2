import { describe } from 'vitest';
import { parts, verifyTemplates } from './verify-templates.ts';

describe('charter verify --target all, 200 scenarios per path (part 3 of 3)', () =>
  verifyTemplates(parts[2]!));

import { type CharterConfig, canonicalJson } from '../../../compiler/index.ts';

/**
 * What `charter compile FILE` prints (without a target) or `charter compile FILE --target NAME` prints: canonical
 * JSON, two-space indented. The panel shows and downloads exactly this text.
 */
export function outputText(config: CharterConfig, target?: string): string {
  return canonicalJson(target === undefined ? config : config.targets[target], 2);
}

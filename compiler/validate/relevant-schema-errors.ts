import type { ErrorObject } from 'ajv';

/** Drops the errors that only restate another: `if` wrappers, and the branches of a `oneOf` that was explained. */
export function relevantSchemaErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((error) => error.keyword === 'oneOf');
  const discriminatorPaths = new Set(
    errors
      .filter(
        (error) =>
          error.keyword === 'required' &&
          (error.params as { missingProperty?: string }).missingProperty === 'kind',
      )
      .map((error) => error.instancePath),
  );
  return errors.filter((error) => {
    if (error.keyword === 'if') return false;
    if (error.keyword === 'discriminator' && (error.params as { error?: string }).error === 'tag') {
      return !discriminatorPaths.has(error.instancePath);
    }
    for (const choice of oneOfs) {
      const inside = error.schemaPath.startsWith(`${choice.schemaPath}/`);
      if (error !== choice && inside && error.instancePath === choice.instancePath) return false;
      if (error === choice) {
        const deeper = errors.some(
          (other) =>
            other.instancePath.startsWith(`${choice.instancePath}/`) &&
            other.schemaPath.startsWith(`${choice.schemaPath}/`),
        );
        if (deeper) return false;
      }
    }
    return true;
  });
}

// Checks the stand-in's own answers against the response schemas of GitHub's description, to keep the fake honest.
import { description, resolveRef, type JsonSchema } from './description.ts';
import { operationById } from './operations.ts';
import { describeErrors, validatorFor } from './schema-validator.ts';

/** Problems of a response body for an operation and status, or undefined when it matches (or nothing is described). */
export function responseProblems(operationId: string, status: number, body: unknown): string | undefined {
  const operation = operationById(operationId);
  let response = operation.spec.responses[String(status)];
  if (!response) return status >= 400 ? undefined : `status ${status} is not described for ${operationId}`;
  if (response.$ref) response = resolveRef<typeof response>(response.$ref);
  const schema: JsonSchema | undefined = response.content?.['application/json']?.schema;
  if (!schema) return undefined;
  const validate = validatorFor(`${operationId}:response:${status}`, () => schema);
  return validate(body) ? undefined : describeErrors(validate.errors, 'response');
}

/** Problems of a webhook payload against the description's schema for the event and action, e.g. `pull_request` + `opened`. */
export function webhookProblems(event: string, action: string | undefined, payload: unknown): string | undefined {
  const key = [event, action].filter(Boolean).join('-').replaceAll('_', '-');
  const schema = description()['x-webhooks'][key]?.post?.requestBody?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no webhook ${key} in GitHub's description`);
  const validate = validatorFor(`webhook:${key}`, () => schema);
  return validate(payload) ? undefined : describeErrors(validate.errors, 'payload');
}

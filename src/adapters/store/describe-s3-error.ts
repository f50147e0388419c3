import { MtrackError, badInput, notFound } from '../../core/errors.js';

const CREDENTIAL_ERRORS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'InvalidToken',
  'TokenRefreshRequired',
  'AccessDenied',
  'Forbidden',
  'CredentialsProviderError',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH']);

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/**
 * One line for an S3 failure, as an MtrackError: configuration problems (missing bucket, rejected credentials,
 * missing object) exit 2; an unreachable endpoint or a server still failing after the SDK's retries exit 4.
 */
export function describeS3Error(error: unknown, what: string, bucket: string, endpoint?: string): MtrackError {
  if (error instanceof MtrackError) return error;
  const e = (error ?? {}) as SdkError;
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (name === 'NoSuchBucket') {
    return badInput(
      `s3://${bucket}: bucket not found (mtrack.yaml dataset_store.bucket '${bucket}'${endpoint ? ` at ${endpoint}` : ''}).`,
      'Create the bucket or fix mtrack.yaml dataset_store.bucket / endpoint.',
    );
  }
  if (CREDENTIAL_ERRORS.has(name) || status === 403) {
    return badInput(
      `${what}: S3 credentials rejected (${name || status}): ${firstLine(e.message)}`,
      'Set AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a web identity (OIDC) role; never in a committed file.',
    );
  }
  if (name === 'NoSuchKey' || (name === 'NotFound' && status === 404)) {
    return notFound(`${what}: object not found in the dataset store.`, 'Materialize or `mtrack data push` it first.');
  }
  // The SDK wraps socket errors ("AWS SDK error wrapper for Error: connect ECONNREFUSED ..."): read the code from
  // the error, its cause, or the text.
  const code =
    [e.code, (error as { cause?: { code?: string } })?.cause?.code].find((c) => c && NETWORK_CODES.has(c)) ??
    [...NETWORK_CODES].find((c) => (e.message ?? '').includes(c));
  if (code || name === 'TimeoutError') {
    return new MtrackError('NETWORK', `${what}: S3 endpoint ${endpoint ?? 'of AWS'} unreachable (${code ?? name}).`, {
      cause: error,
    });
  }
  if (status && status >= 500) {
    return new MtrackError('NETWORK', `${what}: S3 answered ${status} ${name} after retries.`, { cause: error });
  }
  return new MtrackError('NETWORK', `${what}: S3 request failed: ${name || 'error'}: ${firstLine(e.message)}`, {
    cause: error,
  });
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0].trim() || 'no message';
}

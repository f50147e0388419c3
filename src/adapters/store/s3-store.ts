import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  AbortMultipartUploadCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { checkFailed } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { describeS3Error } from './describe-s3-error.js';
import { s3Uri, storeLocation } from './store-location.js';
import { CHECKSUMS_FILE, type DatasetStore, type StoreSettings } from './types.js';

type S3Settings = Extract<StoreSettings, { type: 's3' }>;

export interface S3StoreOptions {
  /** Objects at least this large go up in parts (S3 needs parts of >= 5 MiB except the last). */
  multipartBytes?: number;
  partBytes?: number;
  maxAttempts?: number;
}

const MIB = 1024 * 1024;

/** The dataset store in an S3 bucket (AWS or S3-compatible); credentials come from the standard AWS chain only. */
export class S3Store implements DatasetStore {
  readonly type = 's3' as const;
  readonly location: string;
  private readonly client: S3Client;
  private readonly prefix: string;
  private readonly multipartBytes: number;
  private readonly partBytes: number;

  constructor(
    private readonly settings: S3Settings,
    options: S3StoreOptions = {},
  ) {
    this.location = storeLocation(settings);
    this.prefix = settings.prefix.replace(/^\/+|\/+$/g, '');
    this.multipartBytes = options.multipartBytes ?? 16 * MIB;
    this.partBytes = options.partBytes ?? 8 * MIB;
    // The pinned SDK runs on Node 20; its warning (about later SDK versions needing Node 22) would be printed on
    // every command's stderr, where mtrack's one-line messages go.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    this.client = new S3Client({
      region: settings.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.force_path_style ?? false,
      // The SDK's standard mode retries throttling, 5xx and dropped connections with exponential backoff + jitter.
      maxAttempts: options.maxAttempts ?? 5,
      retryMode: 'standard',
      // Default CRC trailers (aws-chunked uploads) are not understood by many S3-compatible servers (R2, GCS,
      // s3rver); integrity is ours: every object is sha256-checked after upload and on download.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private key(key: string): string {
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  describe(key: string): string {
    return s3Uri(this.settings.bucket, this.key(key));
  }

  private fail(error: unknown, key: string) {
    return describeS3Error(error, this.describe(key), this.settings.bucket, this.settings.endpoint);
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) {
        // HEAD has no body, so a missing bucket also answers 404: ask a listing, which names NoSuchBucket.
        await this.list(key);
        return false;
      }
      throw this.fail(error, key);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const base = `${this.key(prefix).replace(/\/+$/, '')}/`;
    const out: string[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: base, ContinuationToken: token }),
        );
        for (const o of page.Contents ?? []) if (o.Key) out.push(o.Key.slice(base.length));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (error) {
      throw this.fail(error, prefix);
    }
    return out.sort();
  }

  async read(key: string): Promise<Uint8Array> {
    try {
      const got = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }));
      return await got.Body!.transformToByteArray();
    } catch (error) {
      throw this.fail(error, key);
    }
  }

  async writeRevision(prefix: string, files: Map<string, Uint8Array | string>): Promise<void> {
    const ordered = [...files.keys()].sort((a, b) => Number(a === CHECKSUMS_FILE) - Number(b === CHECKSUMS_FILE));
    for (const file of ordered) await this.writeOnce(`${prefix}/${file}`, toBytes(files.get(file)!));
  }

  /**
   * Writes an object that must not exist yet, or already holds these exact bytes (a resumed push). Sends
   * `If-None-Match: *` for servers with conditional writes; for those without (s3rver, older MinIO), the HEAD
   * before and the read-back after are what keep a revision append-only and its bytes verified.
   */
  async writeOnce(key: string, bytes: Uint8Array): Promise<'written' | 'present'> {
    if (await this.exists(key)) return this.sameBytes(key, bytes);
    try {
      if (bytes.length >= this.multipartBytes) await this.putMultipart(key, bytes);
      else {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key), Body: bytes, IfNoneMatch: '*' }),
        );
      }
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      // 412: another writer won the race; 409: a concurrent conditional write is in flight.
      if (status === 412 || status === 409) return this.sameBytes(key, bytes);
      throw this.fail(error, key);
    }
    const back = await this.read(key);
    if (sha256(back) !== sha256(bytes)) {
      throw checkFailed(
        `${this.describe(key)}: read-back after upload differs from the bytes sent (${back.length} bytes).`,
      );
    }
    return 'written';
  }

  private async sameBytes(key: string, bytes: Uint8Array): Promise<'present'> {
    const existing = await this.read(key);
    if (sha256(existing) !== sha256(bytes)) {
      throw checkFailed(
        `${this.describe(key)}: already exists with different bytes; dataset revisions are append-only.`,
      );
    }
    return 'present';
  }

  private async putMultipart(key: string, bytes: Uint8Array): Promise<void> {
    const target = { Bucket: this.settings.bucket, Key: this.key(key) };
    const { UploadId } = await this.client.send(new CreateMultipartUploadCommand(target));
    try {
      const parts: { ETag?: string; PartNumber: number }[] = [];
      for (let start = 0, n = 1; start < bytes.length; start += this.partBytes, n++) {
        const part = await this.client.send(
          new UploadPartCommand({
            ...target,
            UploadId,
            PartNumber: n,
            Body: bytes.subarray(start, start + this.partBytes),
          }),
        );
        parts.push({ ETag: part.ETag, PartNumber: n });
      }
      await this.client.send(
        new CompleteMultipartUploadCommand({
          ...target,
          UploadId,
          MultipartUpload: { Parts: parts },
          IfNoneMatch: '*',
        }),
      );
    } catch (error) {
      await this.client.send(new AbortMultipartUploadCommand({ ...target, UploadId })).catch(() => undefined);
      throw error;
    }
  }
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

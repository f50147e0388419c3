export const id = 877;
export const ids = [877];
export const modules = {

/***/ 9877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3Store: () => (/* binding */ S3Store)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
;// CONCATENATED MODULE: ./lib/src/adapters/store/describe-s3-error.js

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
/**
 * One line for an S3 failure, as an MtrackError: configuration problems (missing bucket, rejected credentials,
 * missing object) exit 2; an unreachable endpoint or a server still failing after the SDK's retries exit 4.
 */
function describeS3Error(error, what, bucket, endpoint) {
    if (error instanceof errors/* MtrackError */.Bl)
        return error;
    const e = (error ?? {});
    const name = e.name ?? '';
    const status = e.$metadata?.httpStatusCode;
    if (name === 'NoSuchBucket') {
        return (0,errors/* badInput */.AN)(`s3://${bucket}: bucket not found (mtrack.yaml dataset_store.bucket '${bucket}'${endpoint ? ` at ${endpoint}` : ''}).`, 'Create the bucket or fix mtrack.yaml dataset_store.bucket / endpoint.');
    }
    if (CREDENTIAL_ERRORS.has(name) || status === 403) {
        return (0,errors/* badInput */.AN)(`${what}: S3 credentials rejected (${name || status}): ${firstLine(e.message)}`, 'Set AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a web identity (OIDC) role; never in a committed file.');
    }
    if (name === 'NoSuchKey' || (name === 'NotFound' && status === 404)) {
        return (0,errors/* notFound */.mX)(`${what}: object not found in the dataset store.`, 'Materialize or `mtrack data push` it first.');
    }
    // The SDK wraps socket errors ("AWS SDK error wrapper for Error: connect ECONNREFUSED ..."): read the code from
    // the error, its cause, or the text.
    const code = [e.code, error?.cause?.code].find((c) => c && NETWORK_CODES.has(c)) ??
        [...NETWORK_CODES].find((c) => (e.message ?? '').includes(c));
    if (code || name === 'TimeoutError') {
        return new errors/* MtrackError */.Bl('NETWORK', `${what}: S3 endpoint ${endpoint ?? 'of AWS'} unreachable (${code ?? name}).`, {
            cause: error,
        });
    }
    if (status && status >= 500) {
        return new errors/* MtrackError */.Bl('NETWORK', `${what}: S3 answered ${status} ${name} after retries.`, { cause: error });
    }
    return new errors/* MtrackError */.Bl('NETWORK', `${what}: S3 request failed: ${name || 'error'}: ${firstLine(e.message)}`, {
        cause: error,
    });
}
function firstLine(text) {
    return (text ?? '').split('\n')[0].trim() || 'no message';
}
//# sourceMappingURL=describe-s3-error.js.map
// EXTERNAL MODULE: ./lib/src/adapters/store/store-location.js
var store_location = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/src/adapters/store/types.js
var types = __webpack_require__(516);
;// CONCATENATED MODULE: ./lib/src/adapters/store/s3-store.js






const MIB = 1024 * 1024;
/** The dataset store in an S3 bucket (AWS or S3-compatible); credentials come from the standard AWS chain only. */
class S3Store {
    settings;
    type = 's3';
    location;
    client;
    prefix;
    multipartBytes;
    partBytes;
    constructor(settings, options = {}) {
        this.settings = settings;
        this.location = (0,store_location/* storeLocation */.F)(settings);
        this.prefix = settings.prefix.replace(/^\/+|\/+$/g, '');
        this.multipartBytes = options.multipartBytes ?? 16 * MIB;
        this.partBytes = options.partBytes ?? 8 * MIB;
        // The pinned SDK runs on Node 20; its warning (about later SDK versions needing Node 22) would be printed on
        // every command's stderr, where mtrack's one-line messages go.
        process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
        this.client = new dist_cjs/* S3Client */.YxF({
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
    key(key) {
        return this.prefix ? `${this.prefix}/${key}` : key;
    }
    describe(key) {
        return (0,store_location/* s3Uri */.t)(this.settings.bucket, this.key(key));
    }
    fail(error, key) {
        return describeS3Error(error, this.describe(key), this.settings.bucket, this.settings.endpoint);
    }
    async exists(key) {
        try {
            await this.client.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: this.settings.bucket, Key: this.key(key) }));
            return true;
        }
        catch (error) {
            if (error.$metadata?.httpStatusCode === 404) {
                // HEAD has no body, so a missing bucket also answers 404: ask a listing, which names NoSuchBucket.
                await this.list(key);
                return false;
            }
            throw this.fail(error, key);
        }
    }
    async list(prefix) {
        const base = `${this.key(prefix).replace(/\/+$/, '')}/`;
        const out = [];
        let token;
        try {
            do {
                const page = await this.client.send(new dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: this.settings.bucket, Prefix: base, ContinuationToken: token }));
                for (const o of page.Contents ?? [])
                    if (o.Key)
                        out.push(o.Key.slice(base.length));
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (token);
        }
        catch (error) {
            throw this.fail(error, prefix);
        }
        return out.sort();
    }
    async read(key) {
        try {
            const got = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: this.settings.bucket, Key: this.key(key) }));
            return await got.Body.transformToByteArray();
        }
        catch (error) {
            throw this.fail(error, key);
        }
    }
    async writeRevision(prefix, files) {
        const ordered = [...files.keys()].sort((a, b) => Number(a === types/* CHECKSUMS_FILE */.a) - Number(b === types/* CHECKSUMS_FILE */.a));
        for (const file of ordered)
            await this.writeOnce(`${prefix}/${file}`, toBytes(files.get(file)));
    }
    /**
     * Writes an object that must not exist yet, or already holds these exact bytes (a resumed push). Sends
     * `If-None-Match: *` for servers with conditional writes; for those without (s3rver, older MinIO), the HEAD
     * before and the read-back after are what keep a revision append-only and its bytes verified.
     */
    async writeOnce(key, bytes) {
        if (await this.exists(key))
            return this.sameBytes(key, bytes);
        try {
            if (bytes.length >= this.multipartBytes)
                await this.putMultipart(key, bytes);
            else {
                await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({ Bucket: this.settings.bucket, Key: this.key(key), Body: bytes, IfNoneMatch: '*' }));
            }
        }
        catch (error) {
            const status = error.$metadata?.httpStatusCode;
            // 412: another writer won the race; 409: a concurrent conditional write is in flight.
            if (status === 412 || status === 409)
                return this.sameBytes(key, bytes);
            throw this.fail(error, key);
        }
        const back = await this.read(key);
        if ((0,hash/* sha256 */.sc)(back) !== (0,hash/* sha256 */.sc)(bytes)) {
            throw (0,errors/* checkFailed */.s_)(`${this.describe(key)}: read-back after upload differs from the bytes sent (${back.length} bytes).`);
        }
        return 'written';
    }
    async sameBytes(key, bytes) {
        const existing = await this.read(key);
        if ((0,hash/* sha256 */.sc)(existing) !== (0,hash/* sha256 */.sc)(bytes)) {
            throw (0,errors/* checkFailed */.s_)(`${this.describe(key)}: already exists with different bytes; dataset revisions are append-only.`);
        }
        return 'present';
    }
    async putMultipart(key, bytes) {
        const target = { Bucket: this.settings.bucket, Key: this.key(key) };
        const { UploadId } = await this.client.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4(target));
        try {
            const parts = [];
            for (let start = 0, n = 1; start < bytes.length; start += this.partBytes, n++) {
                const part = await this.client.send(new dist_cjs/* UploadPartCommand */.iVK({
                    ...target,
                    UploadId,
                    PartNumber: n,
                    Body: bytes.subarray(start, start + this.partBytes),
                }));
                parts.push({ ETag: part.ETag, PartNumber: n });
            }
            await this.client.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({
                ...target,
                UploadId,
                MultipartUpload: { Parts: parts },
                IfNoneMatch: '*',
            }));
        }
        catch (error) {
            await this.client.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ ...target, UploadId })).catch(() => undefined);
            throw error;
        }
    }
}
function toBytes(data) {
    return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}
//# sourceMappingURL=s3-store.js.map

/***/ })

};

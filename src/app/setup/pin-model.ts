import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../../core/hash.js';
import { generateModelCard, provenanceFooter } from '../../core/model-card.js';
import { formatUtc } from '../../core/time.js';
import { fetchModelBaseline, type HubBaseline } from '../../adapters/hub/fetch-model-baseline.js';
import { jsonDocumentText } from '../../adapters/documents.js';
import { commitPaths } from '../../adapters/git/index.js';
import { MODEL_DIR, MODEL_REF_PATH, type ModelRef } from './model-ref.js';
import type { Workspace } from './workspace.js';

export const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';

export interface PinOptions {
  modelId: string;
  revision: string;
  endpoint: string;
  token?: string;
  timeoutMs?: number;
  task?: string;
  now?: Date;
}

/**
 * Pins the baseline model: resolves the revision on the hub, stores the card (downloaded, or generated from the
 * spec's template when the hub has none or cannot be reached) and the license, and commits model_ref.json.
 * Offline, the revision is recorded as unresolved with the reason; no sha is ever made up.
 */
export async function pinModel(ws: Workspace, options: PinOptions): Promise<{ ref: ModelRef; commit: string }> {
  const now = options.now ?? new Date();
  const hub = await fetchModelBaseline(options.modelId, options.revision, {
    endpoint: options.endpoint,
    token: options.token,
    timeoutMs: options.timeoutMs,
  });
  const cardPath = `${MODEL_DIR}/model_card.md`;
  const licensePath = `${MODEL_DIR}/license.txt`;
  // A downloaded card keeps the authors' text and gains a provenance section saying where and when it came from.
  const card =
    hub.status === 'resolved' && hub.modelCard
      ? hub.modelCard.replace(/\n*$/, '\n') +
        provenanceFooter({
          revision: options.revision,
          resolvedCommit: hub.resolvedCommit,
          downloadedFrom: `${options.endpoint}/${options.modelId}`,
          downloadDate: formatUtc(now),
          storedAt: cardPath,
        })
      : generatedCard(hub, options, cardPath, now);
  const licenseText = hub.status === 'resolved' ? hub.licenseText : undefined;
  const ref: ModelRef = {
    provider: 'huggingface',
    model_id: options.modelId,
    revision: options.revision,
    resolved_commit: hub.status === 'resolved' ? hub.resolvedCommit : null,
    resolution: {
      status: hub.status,
      endpoint: options.endpoint,
      checked_utc: formatUtc(now),
      ...(hub.status === 'unresolved' ? { reason: hub.reason } : {}),
    },
    task: (hub.status === 'resolved' ? hub.task : undefined) ?? options.task ?? 'image-classification',
    files:
      hub.status === 'resolved'
        ? hub.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256, lfs: f.lfs }))
        : [],
    model_card: {
      path: cardPath,
      source: hub.status === 'resolved' && hub.modelCard ? 'downloaded' : 'generated',
      sha256: sha256(card),
    },
    license: {
      id: (hub.status === 'resolved' ? hub.license : undefined) ?? null,
      path: licenseText ? licensePath : null,
    },
    pinned_utc: formatUtc(now),
    notes: `Baseline model for mtrack runs. ${hub.status === 'resolved' ? `Pinned at commit ${hub.resolvedCommit}.` : `Revision '${options.revision}' could not be resolved: ${hub.reason}`}`,
  };
  const refText = jsonDocumentText('model_ref', ref, MODEL_REF_PATH);
  await mkdir(join(ws.expDir, MODEL_DIR), { recursive: true });
  await writeFile(join(ws.expDir, cardPath), card);
  if (licenseText) await writeFile(join(ws.expDir, licensePath), licenseText);
  else await rm(join(ws.expDir, licensePath), { force: true });
  await writeFile(join(ws.expDir, MODEL_REF_PATH), refText);
  const paths = [MODEL_REF_PATH, cardPath, ...(licenseText ? [licensePath] : [])];
  const what =
    hub.status === 'resolved' ? hub.resolvedCommit.slice(0, 12) : `${options.revision} (unresolved: offline)`;
  const commit = await commitPaths(ws.expDir, paths, `mtrack: model ${options.modelId} — pin ${what}`);
  return { ref, commit };
}

function generatedCard(hub: HubBaseline, options: PinOptions, storedAt: string, now: Date): string {
  const why =
    hub.status === 'resolved'
      ? `the hub has no model card (README.md) for ${options.modelId} at ${hub.resolvedCommit}`
      : `the hub could not be reached or did not answer: ${hub.reason}`;
  return generateModelCard({
    modelId: options.modelId,
    provider: 'huggingface',
    revision: options.revision,
    resolvedCommit: hub.status === 'resolved' ? hub.resolvedCommit : null,
    task: options.task ?? 'image-classification',
    architecture: 'ResNet (per the model id; not verified offline)',
    inputFormat: '28x28 grayscale digit images',
    outputFormat: '10-class logits (digits 0-9)',
    datasets: 'MNIST',
    license: hub.status === 'resolved' ? (hub.license ?? null) : null,
    downloadedFrom: `${options.endpoint}/${options.modelId}`,
    downloadDate: formatUtc(now),
    storedAt,
    generatedBecause: why,
  });
}

export const id = 398;
export const ids = [398];
export const modules = {

/***/ 398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openOrUpdatePullRequest: () => (/* binding */ openOrUpdatePullRequest),
/* harmony export */   renderResultsBody: () => (/* binding */ renderResultsBody)
/* harmony export */ });
/** Opens the bot PR for `result.branch`, or updates the one already open for it: one PR per bot branch. */
async function openOrUpdatePullRequest(api, result, base, title, source) {
    const body = renderResultsBody(result, source);
    const open = await api.findOpen(result.branch, base);
    if (open)
        return { ...(await api.update(open.number, { title, body })), created: false };
    return { ...(await api.create({ head: result.branch, base, title, body })), created: true };
}
/** Markdown for the PR body and the job summary: one row per collected run, failed trials included. */
function renderResultsBody(result, source) {
    const rows = result.runs.map((r) => {
        const params = r.params
            ? Object.entries(r.params)
                .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
                .join(', ')
            : '-';
        const primary = r.failure === undefined ? `${r.primary.name} ${formatFigure(r.primary.value)}` : '-';
        const status = r.failure === undefined ? 'ok' : `failed: ${tableCell(r.failure)}`;
        return `| ${r.trial ?? '-'} | ${r.experimentId} | ${params.replace(/\|/g, '\\|')} | ${primary} | ${formatFigure(r.loss)} | ${status} | \`${r.folder}\` |`;
    });
    const failed = result.runs.filter((r) => r.failure !== undefined).length;
    return [
        `Stamped runs collected by mtrack from ${source}.`,
        '',
        '| trial | run | params | primary metric | loss | status | folder |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...(failed > 0
            ? [
                `${failed} of ${result.runs.length} trial(s) failed: each run folder records the reason (metrics.json \`failure\`) and the partial history.`,
                '',
            ]
            : []),
        `Base: \`${result.baseCommit.slice(0, 12)}\` · commit: \`${result.commit.slice(0, 12)}\` · every run passed \`mtrack verify\` before the push.`,
        '',
    ].join('\n');
}
/** A figure to 4 decimals; '-' for none (a command trainer reports no loss; a failed run has no metric). */
function formatFigure(value) {
    return Number.isFinite(value) ? value.toFixed(4) : '-';
}
/** One line, pipes escaped, cut at `max` characters: a failure reason stays short so 256 rows fit GitHub's body. */
function tableCell(text, max = 80) {
    const line = text.replace(/\s+/g, ' ').trim();
    return (line.length > max ? `${line.slice(0, max - 1)}…` : line).replace(/\|/g, '\\|');
}
//# sourceMappingURL=pull-request.js.map

/***/ })

};

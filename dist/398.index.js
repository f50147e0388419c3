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
/** Markdown for the PR body and the job summary: one row per collected run. */
function renderResultsBody(result, source) {
    const rows = result.runs.map((r) => {
        const params = r.params
            ? Object.entries(r.params)
                .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
                .join(', ')
            : '-';
        return `| ${r.trial ?? '-'} | ${r.experimentId} | ${params.replace(/\|/g, '\\|')} | ${r.primary.name} ${r.primary.value.toFixed(4)} | ${r.loss.toFixed(4)} | \`${r.folder}\` |`;
    });
    return [
        `Stamped runs collected by mtrack from ${source}.`,
        '',
        '| trial | run | params | primary metric | loss | folder |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        `Base: \`${result.baseCommit.slice(0, 12)}\` · commit: \`${result.commit.slice(0, 12)}\` · every run passed \`mtrack verify\` before the push.`,
        '',
    ].join('\n');
}
//# sourceMappingURL=pull-request.js.map

/***/ })

};

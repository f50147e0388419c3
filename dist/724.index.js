export const id = 724;
export const ids = [724];
export const modules = {

/***/ 2724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkWaveTarget: () => (/* binding */ checkWaveTarget),
/* harmony export */   startNextWave: () => (/* binding */ startNextWave),
/* harmony export */   workflowFile: () => (/* binding */ workflowFile)
/* harmony export */ });
/**
 * Starts the next wave of an adaptive scan: another run of the scan workflow on the PR's branch, whose resolve
 * suggests from everything collected so far. Only when trials remain and this collect added runs, so a rerun of an
 * old collect, or a wave that trained nothing, never starts a loop. A GITHUB_TOKEN may dispatch: workflow_dispatch is
 * the event GitHub lets that token trigger.
 */
async function startNextWave(w, log) {
    if (w.remaining <= 0 || w.added === 0)
        return false;
    const inputs = {
        pr: String(w.pullRequest.number),
        'head-ref': w.pullRequest.headRef,
        'base-ref': w.pullRequest.baseRef,
        'scan-hash': w.scanHash,
    };
    await w.api.dispatch(w.workflow, w.pullRequest.headRef, { ...inputs });
    log(`mtrack: started the next wave of the scan (${w.remaining} trial(s) left): ${w.workflow} on ${w.pullRequest.headRef}`);
    return true;
}
/**
 * A dispatched wave trains only for an open pull request of this repository: a closed PR's scan is over, and a fork's
 * head must never run with this repository's secrets (a maintainer could dispatch with any number).
 */
async function checkWaveTarget(api, number) {
    const pr = await api.pullRequest(number);
    if (!pr.sameRepository)
        return `pull request #${number} comes from a fork; mtrack trains waves only for this repository's branches.`;
    if (!pr.open)
        return `pull request #${number} is closed; its scan is over.`;
    return undefined;
}
/** The workflow file a run came from: GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/<file>@<ref>`. */
function workflowFile(workflowRef) {
    const m = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef ?? '');
    return m?.[1];
}
//# sourceMappingURL=next-wave.js.map

/***/ })

};

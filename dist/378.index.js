export const id = 378;
export const ids = [378];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planStage: () => (/* binding */ planStage)
});

// EXTERNAL MODULE: ./src/clients/connect/client.ts + 2 modules
var client = __webpack_require__(385);
// EXTERNAL MODULE: ./src/clients/connect/resolve.ts
var resolve = __webpack_require__(61);
// EXTERNAL MODULE: ./src/plan/document.ts
var plan_document = __webpack_require__(7990);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
;// CONCATENATED MODULE: ./src/plan/live.ts




/**
 * Exactly what importing the files would change on the connection: the files, merged as the deploy
 * merges them, against the connection's live export. Read only: the export is a GET. Mappings that
 * are live but in no file show as removed, with the consequence that import keeps them. Every call
 * ends by the connection's deadline, so a Connect API that does not answer cannot hold the plan.
 */
async function planAgainstLive(connection, target, files) {
    const head = await (0,plan_document/* mergeMappingFiles */.k)(files);
    return (0,resolve/* onConnection */.M)(connection, target, async (api, live) => {
        const configuration = await (0,client/* exportConfiguration */.lb)(api, live);
        return { path: `${target.app} (live connection ${live.resource_name})`, status: 'modified', app: target.app, ...(0,diff/* planChanges */.X)(configuration, head) };
    });
}

// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(31);
// EXTERNAL MODULE: ./src/interface/inputs/read.ts + 2 modules
var read = __webpack_require__(1645);
// EXTERNAL MODULE: ./src/action/pull-request.ts + 4 modules
var pull_request = __webpack_require__(9332);
// EXTERNAL MODULE: ./src/action/connection.ts
var action_connection = __webpack_require__(4360);
;// CONCATENATED MODULE: ./src/action/plan-stage.ts





/**
 * What merging (or importing) does to the connection: against the live configuration when app and
 * API key are given on a trusted event, else, on a pull request, against the base branch. Written
 * to the summary and the `plan` output; on a pull request, kept current in one comment.
 */
async function planStage(io, root, lint, context) {
    const { event, changed, github, review, live, deps } = context;
    let plans;
    // The plan has a way without the key (against the base branch), so the trust rule's refusal is a warning here.
    const refusal = live && (0,read/* secretRefusalFor */.ow)(io, 'the Heroku API key');
    if (refusal) {
        io.warning(`${refusal} Planning against the base branch instead of the live connection.`);
    }
    else if (live) {
        // One deadline for every app: wait-timeout bounds the whole plan, however many apps it compares.
        const connection = (0,action_connection/* liveConnection */.d)(io, deps, live.apiKey, live.waitTimeoutSeconds);
        // One section per target app in the one summary and comment.
        plans = [];
        for (const app of live.apps)
            plans.push(await planAgainstLive(connection, app, lint.files));
    }
    if (!plans && event && changed)
        plans = await (0,pull_request.planPullRequest)(event, changed, lint, root, github);
    if (!plans)
        return;
    await io.writeSummary((0,render.renderPlanMarkdown)(plans));
    io.setOutput('plan', (0,render.renderPlanJson)(plans));
    if (event)
        await (0,pull_request.commentOnPullRequest)(event, review, github, { lint, plans, env: io.env, ...(context.priority && { priority: context.priority }) }, io);
}


/***/ })

};

//# sourceMappingURL=378.index.js.map
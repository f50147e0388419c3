import * as github from '@actions/github';
import type { PullRequestApi } from '../app/action/pull-request.js';
import type { WaveApi } from '../app/action/next-wave.js';

/** PullRequestApi over the REST API (GITHUB_API_URL): list pulls by head, create, update. */
export function restPullRequests(token: string, repository: string): PullRequestApi {
  const [owner, repo] = repository.split('/');
  const octokit = github.getOctokit(token);
  return {
    async findOpen(head, base) {
      const { data } = await octokit.rest.pulls.list({
        owner,
        repo,
        state: 'open',
        head: `${owner}:${head}`,
        base,
        per_page: 10,
      });
      const pr = data[0];
      return pr ? { number: pr.number, url: pr.html_url } : undefined;
    },
    async create(pr) {
      const { data } = await octokit.rest.pulls.create({ owner, repo, ...pr, maintainer_can_modify: true });
      return { number: data.number, url: data.html_url };
    },
    async update(number, pr) {
      const { data } = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...pr });
      return { number: data.number, url: data.html_url };
    },
    async upsertComment(issue, marker, body) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      const mine = comments.find((c) => c.body?.startsWith(`<!-- ${marker} -->`));
      if (mine) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
        return { id: mine.id, created: false };
      }
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return { id: data.id, created: true };
    },
  };
}

/** WaveApi over the REST API: read a pull request, dispatch a workflow run. */
export function restWaves(token: string, repository: string): WaveApi {
  const [owner, repo] = repository.split('/');
  const octokit = github.getOctokit(token);
  return {
    async pullRequest(number) {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
      return { open: data.state === 'open', sameRepository: data.head.repo?.full_name === repository };
    },
    async dispatch(workflow, ref, inputs) {
      await octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref, inputs });
    },
  };
}

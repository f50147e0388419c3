import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { MtrackError } from '../../core/errors.js';
import { gitEnv } from './exec.js';

export interface ObjectInfo {
  oid: string;
  type: string;
  size: number;
}

export interface ObjectContents extends ObjectInfo {
  bytes: Buffer;
}

type Kind = 'info' | 'contents';

interface Request {
  kind: Kind;
  line: string;
  resolve: (value: ObjectContents | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * Every object read of one command through one long-lived `git cat-file --batch-command` (git ≥ 2.36): a hook that
 * spawned a git process per question paid ~10–20 ms each. Questions are answered in the order asked, so callers can
 * pipeline them. Git older than 2.36 refuses the option: the reader then falls back to a `--batch-check` and a
 * `--batch` process. The processes hold no event-loop reference while nothing is asked, so Node exits as usual.
 */
export class ObjectReader {
  private channels?: Record<Kind, Channel>;

  constructor(
    private readonly cwd: string,
    private readonly keepGitEnv = false,
  ) {}

  /** Type and size of the object `name` names (`<oid>`, `<rev>`, `<rev>:<path>`), or undefined when missing. */
  info(name: string): Promise<ObjectInfo | undefined> {
    return this.ask('info', name);
  }

  /** The object's bytes, or undefined when missing. */
  contents(name: string): Promise<ObjectContents | undefined> {
    return this.ask('contents', name);
  }

  close(): void {
    for (const channel of new Set(Object.values(this.channels ?? {}))) channel.close();
  }

  private ask(kind: Kind, name: string): Promise<ObjectContents | undefined> {
    if (/[\n\r]/.test(name))
      return Promise.reject(new MtrackError('INTERNAL', `object name with a newline: '${name}'`));
    if (!this.channels) {
      const one = new Channel(this.cwd, this.keepGitEnv, ['--batch-command'], () => this.fallBack(one));
      this.channels = { info: one, contents: one };
    }
    const channel = this.channels[kind];
    return channel.ask(kind, channel.prefixed ? `${kind} ${name}` : name);
  }

  // git < 2.36: the questions already sent are asked again of one process per kind.
  private fallBack(failed: Channel): void {
    const info = new Channel(this.cwd, this.keepGitEnv, ['--batch-check'], undefined, false);
    const contents = new Channel(this.cwd, this.keepGitEnv, ['--batch'], undefined, false);
    this.channels = { info, contents };
    for (const request of failed.takePending()) {
      const channel = this.channels[request.kind];
      channel.ask(request.kind, request.line.slice(request.kind.length + 1)).then(request.resolve, request.reject);
    }
  }
}

class Channel {
  private readonly child: ChildProcessWithoutNullStreams;
  private queue: Request[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  private need = 0;
  private answered = false;
  private stderr = '';

  constructor(
    private readonly cwd: string,
    keepGitEnv: boolean,
    mode: string[],
    private readonly onUnsupported?: () => void,
    readonly prefixed = true,
  ) {
    this.child = spawn('git', ['cat-file', ...mode], { cwd, env: gitEnv(keepGitEnv), stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.stdin.on('error', () => undefined); // a git that exited: 'close' reports it
    this.child.on('error', (error) => this.fail(new MtrackError('GIT', `git could not be started: ${error.message}`)));
    this.child.on('close', (code) => {
      // 129 is git's usage error: an option this git does not know.
      if (code === 129 && !this.answered && this.onUnsupported) return this.onUnsupported();
      this.fail(
        new MtrackError('GIT', `git cat-file stopped in '${this.cwd}': ${this.stderr.trim() || `exit ${code}`}`),
      );
    });
    this.hold(false);
  }

  ask(kind: Kind, line: string): Promise<ObjectContents | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind, line, resolve, reject });
      this.hold(true);
      this.child.stdin.write(`${line}\n`);
    });
  }

  takePending(): Request[] {
    const pending = this.queue;
    this.queue = [];
    return pending;
  }

  close(): void {
    this.child.stdin.end();
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length < this.need) return; // a large blob still arriving: join the chunks once, not per chunk
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    let at = 0;
    this.need = 0;
    while (this.queue.length > 0) {
      const nl = buf.indexOf(10, at);
      if (nl < 0) break;
      const header = buf.subarray(at, nl).toString('utf8');
      const request = this.queue[0];
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.answer(undefined);
        at = nl + 1;
        continue;
      }
      const [oid, type, size] = header.split(' ');
      const info = { oid, type, size: Number(size) };
      if (request.kind === 'info') {
        this.answer(info as ObjectContents); // info() callers see an ObjectInfo
        at = nl + 1;
        continue;
      }
      const end = nl + 1 + info.size;
      if (buf.length < end + 1) {
        this.need = end + 1 - at;
        break;
      }
      this.answer({ ...info, bytes: Buffer.from(buf.subarray(nl + 1, end)) });
      at = end + 1;
    }
    buf = buf.subarray(at);
    this.chunks = buf.length ? [buf] : [];
    this.length = buf.length;
  }

  private answer(value: ObjectContents | undefined): void {
    this.answered = true;
    this.queue.shift()!.resolve(value);
    if (this.queue.length === 0) this.hold(false);
  }

  private fail(error: Error): void {
    for (const request of this.takePending()) request.reject(error);
  }

  // Referenced only while a question is open: an idle reader never keeps the process alive.
  private hold(on: boolean): void {
    // The pipes are net.Sockets at run time, which can be (un)referenced like the child itself.
    type Handle = { ref?: () => void; unref?: () => void };
    const handles = [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as unknown as Handle[];
    for (const h of handles) (on ? h.ref : h.unref)?.call(h);
  }
}

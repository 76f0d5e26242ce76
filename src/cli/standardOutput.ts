import { writeSync } from "node:fs";

/** A stream of Node's for stdout or stderr; a reader that stops early (| head) is no error. */
function streamOf(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (stream.listenerCount("error") === 0)
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  return stream;
}

/**
 * Text written to stdout (1) or stderr (2). On Linux and macOS, written to the file descriptor at
 * once: Node then loads no stream machinery for the few writes of a check. A reader that closed the
 * pipe (| head) drops the rest quietly; a full non-blocking pipe hands the rest to Node's stream,
 * which waits. On Windows, Node's stream: it writes Unicode to the console.
 */
export function writerTo(fd: 1 | 2): (text: string) => void {
  let stream = process.platform === "win32" ? streamOf(fd) : undefined;
  let closed = false;
  return (text) => {
    if (closed) return;
    if (stream) {
      stream.write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    for (let done = 0; done < bytes.length;) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        if (code === "EPIPE") {
          closed = true;
          return;
        }
        if (code !== "EAGAIN") throw error;
        stream = streamOf(fd);
        stream.write(bytes.subarray(done));
        return;
      }
    }
  };
}

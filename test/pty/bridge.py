"""Runs a command in a pseudo-terminal, for attune's end-to-end tests (node-pty is not used).

    python3 bridge.py COLUMNS ROWS COMMAND [ARGS...]

Bytes on this script's stdin are typed into the terminal; what the program writes to the
terminal comes out on this script's stdout, unchanged. When stdin ends (the test is done, or has
died), the program is killed, so that nothing is left waiting for keys. On stderr, one JSON object per line:
{"pid": N} once the program has started, and {"exit": code, "signal": n} when it has ended
(code or signal is null). The test reads the screen from stdout and kills the program by pid.
"""

import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios


def report(obj):
    sys.stderr.write(json.dumps(obj) + "\n")
    sys.stderr.flush()


def main():
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    argv = sys.argv[3:]
    pid, fd = pty.fork()
    if pid == 0:
        # In the child, stdin is the terminal: give it its size before the program looks.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(argv[0], argv)
    report({"pid": pid})
    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    watching = [fd, stdin]
    while True:
        ready, _, _ = select.select(watching, [], [])
        if fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the program has closed the terminal, or ended
                data = b""
            if not data:
                break
            os.write(stdout, data)
        if stdin in ready:
            keys = os.read(stdin, 65536)
            if keys:
                os.write(fd, keys)
            else:
                # The test has closed our stdin, or ended: nobody is left to type, so the
                # program must not wait for keys forever.
                watching = [fd]
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        report({"exit": None, "signal": os.WTERMSIG(status)})
    else:
        report({"exit": os.WEXITSTATUS(status), "signal": None})


if __name__ == "__main__":
    main()

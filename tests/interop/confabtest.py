"""Shared helpers for interop tests: run a real confabd on a temporary data dir and free loopback
ports, and drive it with confabctl. Used with Debian's /usr/bin/python3."""
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Every ASan, LSan and UBSan report ends with this line; under CONFAB_SANITIZE a report in confabd or
# confabctl must fail the test even though their output only goes to a file or a pipe.
SANITIZER_SUMMARY = re.compile(r"SUMMARY: \w+Sanitizer")


def fail_on_sanitizer_report(output, program):
    if SANITIZER_SUMMARY.search(output):
        print(f"FAIL: {program} reported a sanitizer error:\n{output}", flush=True)
        raise AssertionError(f"{program} reported a sanitizer error")


class Confab:
    def __init__(self, build_dir, domain="confab.test"):
        self.build_dir = build_dir
        self.domain = domain
        self.tmp = tempfile.TemporaryDirectory(prefix="confab-interop-")
        self.data_dir = self.tmp.name
        self.c2s = free_port()
        self.s2s = free_port()
        self.tls = free_port()
        self.admin_password = "interop-admin-1"
        self.proc = None

    @property
    def cert(self):
        return os.path.join(self.data_dir, "certs", self.domain + ".pem")

    def start(self):
        confabd = os.path.join(self.build_dir, "appliance", "confabd")
        self.log = open(os.path.join(self.data_dir, "confabd.out"), "wb")
        self.proc = subprocess.Popen(
            [confabd, "--data-dir", self.data_dir, "--listen", "127.0.0.1", "--domain", self.domain,
             "--c2s-port", str(self.c2s), "--s2s-port", str(self.s2s), "--c2s-tls-port", str(self.tls),
             "--log-level", "all"], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while time.time() < deadline:
            with open(self.log.name, "rb") as f:
                if b"is running." in f.read():
                    return
            if self.proc.poll() is not None:
                break
            time.sleep(0.1)
        raise RuntimeError("confabd did not start:\n" + open(self.log.name).read())

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.check_output()

    def check_output(self):
        """Fails if this run of confabd printed a sanitizer report (it may have ended early by one)."""
        if self.proc:
            with open(self.log.name, encoding="utf-8", errors="replace") as f:
                fail_on_sanitizer_report(f.read(), "confabd")

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def restart(self):
        """Kills confabd (SIGKILL: no orderly shutdown) and starts it again on the same data dir."""
        self.kill()
        self.check_output()  # start() truncates the output file
        self.log.close()
        self.start()

    def ctl(self, *args, check=True):
        env = dict(os.environ, CONFAB_ADMIN_PASSWORD=self.admin_password)
        r = subprocess.run([os.path.join(self.build_dir, "appliance", "ctl", "confabctl"),
                            "--data-dir", self.data_dir, *args], env=env, capture_output=True, text=True,
                           timeout=60)
        fail_on_sanitizer_report(r.stderr, "confabctl")
        if check and r.returncode != 0:
            raise RuntimeError(f"confabctl {' '.join(args)} failed ({r.returncode}): {r.stdout} {r.stderr}")
        return r

    def setup_admin(self):
        path = os.path.join(self.data_dir, "admin.pw")
        with open(path, "w") as f:
            f.write(self.admin_password)
        self.ctl("setup", "--admin-password-file", path)

    def add_user(self, jid, password):
        path = os.path.join(self.data_dir, "user.pw")
        with open(path, "w") as f:
            f.write(password)
        self.ctl("user", "add", jid, "--password-file", path)
        os.unlink(path)

    def logtext(self):
        with open(os.path.join(self.data_dir, "log", "confabd.log"), encoding="utf-8") as f:
            return f.read()


def check(cond, what):
    if not cond:
        print("FAIL:", what, flush=True)
        raise AssertionError(what)
    print("ok:", what, flush=True)

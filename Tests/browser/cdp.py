"""A minimal Chrome DevTools Protocol client for the site checks: start headless Chromium,
open pages, collect console errors, evaluate JavaScript, press keys, take screenshots.

Only the standard library and websocket-client (pip) are used. Chromium runs with a fresh
profile in a temporary folder and is stopped (by its own process id) when the session closes.
"""

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import websocket  # pip install websocket-client


class ChromiumError(Exception):
    """Chromium could not be started or stopped answering."""


class Browser:
    """One headless Chromium process with one page open."""

    def __init__(self, binary="chromium", timeout=30.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="site-check-chromium-")
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0", "--remote-allow-origins=*",
             "--user-data-dir=" + self.profile, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = self._wait_for_port()
        targets = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port, timeout=self.timeout))
        page = next(t for t in targets if t.get("type") == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=self.timeout, suppress_origin=True)
        self.next_id = 0
        self.events = []
        for domain in ("Page", "Runtime", "Log"):
            self.send(domain + ".enable")

    def _wait_for_port(self):
        marker = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.time() + self.timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise ChromiumError("chromium exited with status %s before it opened its debugging port" % self.process.returncode)
            if os.path.exists(marker):
                with open(marker) as f:
                    first = f.readline().strip()
                if first.isdigit():
                    return int(first)
            time.sleep(0.1)
        raise ChromiumError("chromium did not open its debugging port within %.0f s" % self.timeout)

    def send(self, method, **params):
        """Sends one command and returns its result; events that arrive meanwhile are kept."""
        self.next_id += 1
        ident = self.next_id
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.time() + self.timeout
        while time.time() < deadline:
            try:
                message = json.loads(self.socket.recv())
            except websocket.WebSocketTimeoutException:
                break
            if message.get("id") == ident:
                if "error" in message:
                    raise ChromiumError("%s failed: %s" % (method, message["error"].get("message")))
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
        raise ChromiumError("%s got no answer within %.0f s" % (method, self.timeout))

    def wait_for_event(self, method):
        deadline = time.time() + self.timeout
        while time.time() < deadline:
            for i, event in enumerate(self.events):
                if event["method"] == method:
                    del self.events[i]
                    return event
            try:
                message = json.loads(self.socket.recv())
            except websocket.WebSocketTimeoutException:
                break
            if "method" in message:
                self.events.append(message)
        raise ChromiumError("no %s within %.0f s" % (method, self.timeout))

    def open(self, url, width=1280, height=900, scripts=True, color_scheme="light", media=""):
        """Loads a page at a viewport size and returns the console errors it produced."""
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)
        self.send("Emulation.setScriptExecutionDisabled", value=not scripts)
        self.send("Emulation.setEmulatedMedia", media=media,
                  features=[{"name": "prefers-color-scheme", "value": color_scheme}])
        if "#" in url:
            # Only the fragment may differ from the page already open, which would not load it again.
            self.send("Page.navigate", url="about:blank")
            self.wait_for_event("Page.loadEventFired")
        self.events = []
        self.send("Page.navigate", url=url)
        self.wait_for_event("Page.loadEventFired")
        time.sleep(0.2)  # let deferred work and late console messages arrive
        self.send("Runtime.evaluate", expression="1")  # drains pending events into self.events
        return self.console_errors()

    def console_errors(self):
        errors = []
        for event in self.events:
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                errors.append("exception: " + details.get("exception", {}).get("description", details.get("text", "")))
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append("console.%s: %s" % (params["type"], " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))))
            elif event["method"] == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                errors.append("%s: %s %s" % (entry.get("source"), entry.get("text"), entry.get("url", "")))
        return errors

    def evaluate(self, expression):
        """The JSON value of a JavaScript expression in the page."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise ChromiumError("script failed: %s" % result["exceptionDetails"].get("exception", {}).get("description"))
        return result.get("result", {}).get("value")

    def press_tab(self):
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key="Tab", code="Tab", windowsVirtualKeyCode=9, nativeVirtualKeyCode=9)

    def screenshot(self, path, width, max_height=6000):
        """Saves the whole page (up to max_height pixels) as a PNG."""
        height = min(int(self.evaluate("document.documentElement.scrollHeight")), max_height)
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            shutil.rmtree(self.profile, ignore_errors=True)

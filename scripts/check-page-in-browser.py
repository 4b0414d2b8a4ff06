#!/usr/bin/env python3
"""Opens a Tally page in headless Chromium and reports what a reader would meet, as JSON.

    python3 scripts/check-page-in-browser.py PAGE.html [--out DIR]

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe), with the
standard library only. The JSON says:
  console    console messages of level error or warning, uncaught exceptions, and log entries
             (a refused request, a content-policy violation) of level error or warning
  failed     requests that failed
  loadMs     milliseconds from navigation to the load event
  elements   counts of what the page holds (maps, charts, tables, titles and descriptions)
  provinces  the provinces the map shades or marks, as drawn (with their on-screen size)
  unmapped   the places listed under the map as not on it
  phone      the page's scroll width at a phone's 375 CSS pixels (no sideways scrolling: <= 375)
  pdfPages   pages of the page printed to A4 (Page.printToPDF with the page's own @page size)
and, in --out, screenshot.png (1280 wide, the whole page), phone.png and print.pdf.
Exit status 0 when the page was opened and measured (judging is the caller's), 2 otherwise.
"""
import base64
import json
import os
import re
import select
import shutil
import subprocess
import sys
import time


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """Chromium with the DevTools protocol on file descriptors 3 (to it) and 4 (from it)."""

    def __init__(self, executable, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        # The child reads commands on fd 3 and writes replies on fd 4.
        def wire():
            reading, writing = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(reading, 3)
            os.dup2(writing, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)
        self.process = subprocess.Popen(
            [
                executable, "--headless", "--disable-gpu", "--no-sandbox",
                "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}",
                "about:blank",
            ],
            # 3 and 4 are made inheritable; every other descriptor of ours is close-on-exec.
            close_fds=False, preexec_fn=wire,
            stdout=subprocess.DEVNULL, stderr=open(os.path.join(profile + ".log"), "w"),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            for reply in self.read(deadline):
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
                self.events.append(reply)

    def read(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.time()
            ready, _, _ = select.select([self.from_browser], [], [], max(0, remaining))
            if not ready:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        *messages, self.buffer = self.buffer.split(b"\0")
        return [json.loads(m) for m in messages if m]

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events += self.read(deadline)

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


MEASURE = r"""
(() => {
  const count = s => document.querySelectorAll(s).length;
  const visible = el => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0; };
  const svgs = [...document.querySelectorAll('svg[role=img]')];
  return {
    title: document.title,
    elements: {
      maps: count('figure.map svg[role=img]'),
      charts: count('svg.chart[role=img]'),
      sparklines: count('svg.spark[role=img]'),
      tables: count('table'),
      tablesWithHeaders: [...document.querySelectorAll('table')].filter(t => t.querySelector('th')).length,
      tablesWithCaptions: count('table > caption'),
      imagesWithoutName: svgs.filter(s => !(s.getAttribute('aria-label') ||
        (s.getAttribute('aria-labelledby') || '').split(' ').every(id => id && document.getElementById(id) && document.getElementById(id).textContent.trim()))).length,
      scripts: count('script'),
      links: count('a[href]'),
      unsafeLinks: [...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|#)/i.test(a.getAttribute('href'))).length,
    },
    provinces: [...document.querySelectorAll('figure.map [data-province][data-incidents]')].map(g => {
      const b = g.getBoundingClientRect();
      return {province: g.getAttribute('data-province'), incidents: +g.getAttribute('data-incidents'),
              fatalities: +g.getAttribute('data-fatalities'), measures: +g.getAttribute('data-measures'),
              width: b.width, height: b.height, visible: visible(g)};
    }),
    unmapped: [...document.querySelectorAll('[data-unmapped] li')].map(li => li.getAttribute('data-place')),
    height: document.documentElement.scrollHeight,
  };
})()
"""


def evaluate(browser, session, expression):
    result = browser.send(
        "Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
    if "exceptionDetails" in result:
        raise RuntimeError(f"evaluating: {result['exceptionDetails']}")
    return result["result"]["value"]


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    page = os.path.abspath(sys.argv[1])
    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    executable = find_chromium()
    if not executable:
        print(json.dumps({"error": "no Chromium found (chromium, chromium-browser, google-chrome)"}))
        return 2
    profile = os.path.join(out or "/tmp", f".chromium-profile-{os.getpid()}")
    browser = Browser(executable, profile)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send(
            "Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", {}, session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session)
        started = time.time()
        browser.send("Page.navigate", {"url": "file://" + page}, session)
        browser.wait_for("Page.loadEventFired")
        load_ms = round((time.time() - started) * 1000)
        timing = evaluate(
            browser, session,
            "(() => { const n = performance.getEntriesByType('navigation')[0]; "
            "return n ? Math.round(n.loadEventEnd) : null; })()")
        report = evaluate(browser, session, MEASURE)
        report["loadMs"] = load_ms
        report["navigationLoadEventMs"] = timing
        if out:
            metrics = browser.send("Page.getLayoutMetrics", {}, session)
            height = int(metrics["cssContentSize"]["height"])
            shot = browser.send(
                "Page.captureScreenshot",
                {"format": "png", "captureBeyondViewport": True,
                 "clip": {"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1}}, session)
            with open(os.path.join(out, "screenshot.png"), "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        pdf = browser.send(
            "Page.printToPDF",
            {"preferCSSPageSize": True, "printBackground": True, "paperWidth": 8.27,
             "paperHeight": 11.69}, session, timeout=60)
        data = base64.b64decode(pdf["data"])
        report["pdfBytes"] = len(data)
        report["pdfPages"] = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
        if out:
            with open(os.path.join(out, "print.pdf"), "wb") as f:
                f.write(data)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True}, session)
        time.sleep(0.2)
        report["phone"] = evaluate(
            browser, session,
            "({scrollWidth: document.documentElement.scrollWidth, "
            "widest: Math.max(...[...document.querySelectorAll('body *')].filter(e => "
            "!e.closest('.table-wrap, .map-scroll')).map(e => e.getBoundingClientRect().right))})")
        if out:
            shot = browser.send(
                "Page.captureScreenshot",
                {"format": "png", "clip": {"x": 0, "y": 0, "width": 375, "height": 1600, "scale": 1},
                 "captureBeyondViewport": True}, session)
            with open(os.path.join(out, "phone.png"), "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        # Whatever the page said or failed to load while all this happened.
        if b"\0" in browser.buffer:
            browser.events += browser.read(time.time() + 1)
        console, failed = [], []
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                console.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
                console.append(params["entry"].get("text", ""))
            elif method == "Network.loadingFailed":
                failed.append(params.get("errorText", "failed"))
        report["console"] = console
        report["failed"] = failed
        print(json.dumps(report, indent=1))
        return 0
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

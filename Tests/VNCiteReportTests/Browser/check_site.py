#!/usr/bin/env python3
"""Opens a vncite report in headless Chromium, as a reader would, and prints what it saw as JSON.

    python3 check_site.py SITE [--screenshots DIR] [--probe PAGE]...

Drives Chromium over the DevTools protocol (websocket-client): visits every page reachable from
index.html and records console errors and links that lead nowhere; clicks "05-CT/TW" on the index
and reads the page it reaches; types "chi thi 05" into the search box and reads the results; reads
the highlights of each --probe page. The Swift tests (BrowserTests) judge the answers. With
--screenshots, PNGs of the index (also at a phone's width), the 05-CT/TW page and the first
article it lists go into DIR; the README's come from

    python3 Tests/VNCiteReportTests/Browser/check_site.py output/report --screenshots output/screenshots >/dev/null

Needs: chromium (apt) and websocket-client (pip). Exit status 2 when Chromium cannot be run.
"""
import argparse, base64, json, os, shutil, signal, subprocess, sys, tempfile, time, urllib.parse, urllib.request

import websocket  # websocket-client


class Browser:
    """One headless Chromium and one tab, spoken to over the DevTools protocol."""

    def __init__(self):
        exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not exe:
            sys.exit("check_site.py: chromium not found; install it with: apt-get install chromium")
        self.profile = tempfile.mkdtemp(prefix="vncite-chromium-")
        self.process = subprocess.Popen(
            [exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
             "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + self.profile,
             "--allow-file-access-from-files", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        else:
            self.close()
            sys.exit(2)
        port = open(port_file).read().split()[0]
        targets = json.load(urllib.request.urlopen("http://127.0.0.1:%s/json/list" % port))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], suppress_origin=True, timeout=30)
        self.next_id = 0
        self.events = []
        for domain in ("Page", "Runtime", "Log"):
            self.send(domain + ".enable")

    def send(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event, seconds=15):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for i, e in enumerate(self.events):
                if e.get("method") == event:
                    del self.events[: i + 1]
                    return e
            self.ws.settimeout(max(0.1, deadline - time.time()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break
        raise RuntimeError("no %s within %s s" % (event, seconds))

    def evaluate(self, script):
        result = self.send("Runtime.evaluate", expression=script, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("script failed: %s" % result["exceptionDetails"])
        return result["result"].get("value")

    def open(self, url):
        """Loads a page; returns the errors it logged (console, uncaught exceptions, failed loads)."""
        self.events = []
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        self.evaluate("new Promise(r => setTimeout(r, 50))")
        return self.errors()

    def errors(self):
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(p["exceptionDetails"].get("exception", {}).get("description") or p["exceptionDetails"]["text"])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                out.append(p["entry"].get("text", "") + " " + p["entry"].get("url", ""))
            elif m == "Page.javascriptDialogOpening":
                out.append("dialog: " + p.get("message", ""))
        return out

    def click(self, selector_script):
        """Clicks, with the mouse, the element the script returns (the middle of its first line: a
        link may wrap); waits for the next page."""
        box = self.evaluate("(() => { const e = %s; e.scrollIntoView({block: 'center'});"
                            " const r = e.getClientRects()[0]; return [r.x + r.width / 2, r.y + r.height / 2]; })()"
                            % selector_script)
        self.events = []
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
        self.wait_for("Page.loadEventFired")
        return self.evaluate("location.href")

    def type(self, text):
        for ch in text:
            self.send("Input.dispatchKeyEvent", type="keyDown", text=ch, unmodifiedText=ch, key=ch)
            self.send("Input.dispatchKeyEvent", type="keyUp", key=ch)

    def screenshot(self, path, width=1200, mobile=False):
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=mobile)
        height = min(self.evaluate("document.documentElement.scrollHeight"), 2400)
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        self.send("Emulation.clearDeviceMetricsOverride")

    def close(self):
        """Stops Chromium and every helper process it started, then removes its profile."""
        try:
            os.killpg(self.process.pid, signal.SIGTERM)  # its own session: the zygote and crash handler too
            self.process.wait(10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
        finally:
            # A helper still closing can write into the profile while it is removed: try again.
            for _ in range(20):
                shutil.rmtree(self.profile, ignore_errors=True)
                if not os.path.exists(self.profile):
                    break
                time.sleep(0.1)


LINKS = """Array.from(document.querySelectorAll('a')).map(a => {
  const raw = a.getAttribute('href') || a.getAttribute('xlink:href');
  return raw === null ? null : new URL(raw, document.baseURI).href; }).filter(h => h !== null)"""


def check_link(href, site):
    """None when the link resolves; else why not. Outside addresses are not followed."""
    url = urllib.parse.urlparse(href)
    if url.scheme != "file":
        return None
    path = urllib.parse.unquote(url.path)
    if not os.path.realpath(path).startswith(os.path.realpath(site)):
        return "outside the site"
    if not os.path.isfile(path):
        return "no such file"
    if url.fragment and ('id="%s"' % url.fragment) not in open(path, encoding="utf-8").read():
        return "no anchor #" + url.fragment
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--screenshots")
    ap.add_argument("--probe", action="append", default=[])
    args = ap.parse_args()
    site = os.path.abspath(args.site)
    url = lambda rel: "file://" + urllib.parse.quote(os.path.join(site, rel))
    out = {"pages": {}, "broken": [], "external": 0}
    browser = Browser()
    try:
        # Every page reachable from the index: errors, and where each link leads.
        todo, seen = [url("index.html")], set()
        while todo:
            page = todo.pop()
            if page in seen:
                continue
            seen.add(page)
            errors = browser.open(page)
            rel = os.path.relpath(urllib.parse.unquote(urllib.parse.urlparse(page).path), site)
            out["pages"][rel] = {"errors": errors, "title": browser.evaluate("document.title"),
                                 "h1": browser.evaluate("(document.querySelector('h1') || {}).textContent || ''")}
            for href in browser.evaluate(LINKS):
                problem = check_link(href, site)
                if problem:
                    out["broken"].append({"page": rel, "href": href, "problem": problem})
                elif href.startswith("file:"):
                    todo.append(href.split("#")[0])
                else:
                    out["external"] += 1
        # A reader clicks "05-CT/TW" in the index's ranking.
        browser.open(url("index.html"))
        if args.screenshots:
            browser.screenshot(os.path.join(args.screenshots, "index.png"))
            browser.screenshot(os.path.join(args.screenshots, "index-phone.png"), width=390, mobile=True)
        reached = browser.click("Array.from(document.querySelectorAll('table.ranking a')).find(a => a.textContent === '05-CT/TW khóa XII')")
        out["click"] = {
            "url": os.path.relpath(urllib.parse.unquote(urllib.parse.urlparse(reached).path), site),
            "errors": browser.errors(),
            "h1": browser.evaluate("document.querySelector('h1').textContent"),
            "rows": browser.evaluate("Array.from(document.querySelectorAll('table.meetings tbody tr')).map(tr =>"
                                     " Array.from(tr.cells).map(td => td.innerText.trim()))"),
            "marks": browser.evaluate("Array.from(document.querySelectorAll('table.meetings mark')).map(m => m.textContent)"),
            "drawingLinks": browser.evaluate("document.querySelectorAll('figure.drawing svg a').length"),
        }
        if args.screenshots:
            browser.screenshot(os.path.join(args.screenshots, "document-05-CT-TW.png"))
            # The first article in the table, as a reader would follow it.
            first = browser.evaluate("document.querySelector('table.meetings td a').href")
            browser.open(first)
            browser.screenshot(os.path.join(args.screenshots, "article.png"))
        # A reader types "chi thi 05" into the search box.
        browser.open(url("index.html"))
        browser.evaluate("document.getElementById('q').focus()")
        browser.type("chi thi 05")
        out["search"] = browser.evaluate("Array.from(document.querySelectorAll('#results li')).map(li =>"
                                         " [li.textContent, li.querySelector('a') ? li.querySelector('a').href : null])")
        # The highlights of the pages asked for.
        out["probes"] = {}
        for rel in args.probe:
            errors = browser.open(url(rel))
            out["probes"][rel] = {
                "errors": errors,
                "h1": browser.evaluate("document.querySelector('h1').textContent"),
                "scripts": browser.evaluate("document.scripts.length"),
                "marks": browser.evaluate("Array.from(document.querySelectorAll('mark')).map(m =>"
                                          " [m.textContent, m.closest('a') ? m.closest('a').getAttribute('href') : null])"),
                "text": browser.evaluate("document.querySelector('main').innerText"),
            }
    finally:
        browser.close()
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()

# An OpenAI-compatible test endpoint for scripts/bench-eval-promptfoo.sh: every chat completion
# answers the same slogan after 20 ms. Usage: python3 endpoint.py PORT
import json, sys, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
REPLY = json.dumps({"text": "Light rain jacket for long days in the hills."})
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def do_POST(self):
        n = int(self.headers.get("content-length", 0)); self.rfile.read(n)
        time.sleep(0.02)
        body = json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": REPLY}}],
            "usage": {"prompt_tokens": 40, "completion_tokens": 12, "total_tokens": 52}}).encode()
        self.send_response(200); self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body))); self.end_headers(); self.wfile.write(body)
ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()

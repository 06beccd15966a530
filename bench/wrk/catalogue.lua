-- One wrk script for every endpoint of the benchmark, driven by environment variables (set by bench/run):
--   BENCH_METHOD, BENCH_PATH (may hold {id}), BENCH_TOKEN, BENCH_BODY (may hold {id} and {n}),
--   BENCH_IDS (a file: one id, or "id<TAB>body", per line). Prints one RESULT line at the end.
local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH")
local token = os.getenv("BENCH_TOKEN") or ""
local body = os.getenv("BENCH_BODY")
if body == "" then body = nil end
local ids, bodies = {}, {}
local file = os.getenv("BENCH_IDS")
if file and file ~= "" then
  for line in io.lines(file) do
    local id, own = line:match("^([^\t]+)\t(.*)$")
    ids[#ids + 1] = id or line
    bodies[#bodies + 1] = own
  end
end
local counter = 0
local headers = {["Accept"] = "application/json", ["Content-Type"] = "application/json"}
if token ~= "" then headers["Authorization"] = "Bearer " .. token end

function init(args)
  math.randomseed(os.time() * 1000 + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

function request()
  counter = counter + 1
  local id, own = "", nil
  if #ids > 0 then
    local k = math.random(#ids)
    id, own = ids[k], bodies[k]
  end
  local p = path:gsub("{id}", id)
  local b = own or body
  if b then b = b:gsub("{id}", id):gsub("{n}", tostring(counter)) end
  return wrk.format(method, p, headers, b)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.3f p99=%.3f p999=%.3f non2xx=%d socket=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end

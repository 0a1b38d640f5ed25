-- wrk script for POST /v1/scan: JSON bodies drawn from a corpus of real messages (one JSON string per line).
--   wrk -t1 -c32 -d10s --latency -s benchmarks/wrk/scan.lua http://127.0.0.1:8000 -- BODIES KEY MODE RUN
-- MODE: "scan" (unrecorded) or "record" (record=true with an event_id unique per run, thread and request).
-- Prints one line "RESULT {json}" at the end with requests, duration, errors and latency percentiles.

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local path, key = args[1], args[2]
  mode, run = args[3] or "scan", args[4] or "r"
  texts = {}
  for line in io.lines(path) do
    texts[#texts + 1] = line
  end
  wrk.method = "POST"
  wrk.path = "/v1/scan"
  wrk.headers["Authorization"] = "Bearer " .. key
  wrk.headers["Content-Type"] = "application/json"
  n = 0
  -- threads start at different places in the corpus
  offset = (id * 7919) % #texts
end

function request()
  n = n + 1
  local text = texts[(offset + n) % #texts + 1]
  local body
  if mode == "record" then
    body = '{"text":' .. text .. ',"context":{"surface":"message","stage":"pre_contract","sender_id":"u'
      .. (n % 500) .. '"},"record":true,"event_id":"' .. run .. '-' .. id .. '-' .. n .. '"}'
  else
    body = '{"text":' .. text .. ',"context":{"surface":"message","stage":"pre_contract","sender_id":"u'
      .. (n % 500) .. '"}}'
  end
  return wrk.format(nil, nil, nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "status_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end

-- wrk script for intake load: POST pre-generated JSON bodies (one per line of $BODIES) to $TARGET_PATH with
-- the header `Authorization: $AUTH`. Every request gets its own idempotency key: "@K@" in a body is replaced
-- by a key prefix unique to the request, and with $KEY_HEADER=1 the request also carries an Idempotency-Key
-- header. Cases registered are counted from the responses: 201 for one intake, "created" of a batch reply.
-- Prints one line "WRK_JSON {...}" with counts, statuses and latency percentiles (ms).
local bodies, threads, counter, n = {}, {}, 0, 0
local auth, prefix = os.getenv("AUTH"), os.getenv("PREFIX") or "wrk"
local path, key_header = os.getenv("TARGET_PATH") or "/", os.getenv("KEY_HEADER") == "1"

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    table.insert(bodies, line)
  end
  n = #bodies
  statuses, created = {}, 0
end

function request()
  counter = counter + 1
  local key = prefix .. "-" .. id .. "-" .. counter
  local body = string.gsub(bodies[((counter * 7 + id) % n) + 1], "@K@", key)
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = auth}
  if key_header then headers["Idempotency-Key"] = key end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then created = created + 1 end
  local batch_created = string.match(body, '^{"created": (%d+)')
  if status == 200 and batch_created then created = created + tonumber(batch_created) end
  if status >= 300 and not first_error then first_error = status .. " " .. string.sub(body, 1, 300) end
end

function done(summary, latency, requests)
  local merged, err, cases = {}, nil, 0
  for _, t in ipairs(threads) do
    cases = cases + t:get("created")
    for k, v in pairs(t:get("statuses")) do merged[k] = (merged[k] or 0) + v end
    err = err or t:get("first_error")
  end
  local parts = {}
  for k, v in pairs(merged) do table.insert(parts, '"' .. k .. '":' .. v) end
  io.write(string.format('WRK_JSON {"requests":%d,"created":%d,"seconds":%.3f,"p50":%.2f,"p95":%.2f,"p99":%.2f,' ..
    '"errors":%d,"statuses":{%s},"first_error":%q}\n', summary.requests, cases, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ","), err or ""))
end

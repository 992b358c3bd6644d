-- read.lua - make check-cluster's read benchmark for wrk: GET the pages in
-- READ_PATHS (space-separated) in turn, with the Cookie READ_COOKIE when
-- it is set (a logged-in member) or none (a visitor); prints the answers
-- by status at the end ("status <code> <count>"), for proof.py.
local paths = {}
for p in (os.getenv("READ_PATHS") or "/"):gmatch("%S+") do paths[#paths + 1] = p end
local cookie = os.getenv("READ_COOKIE") or ""
local threads = {}
local i = 0

function setup(thread)
   threads[#threads + 1] = thread
end

function init(args)
   if cookie ~= "" then wrk.headers["Cookie"] = cookie end
   statuses = {}
end

function request()
   i = i % #paths + 1
   return wrk.format("GET", paths[i])
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, t in ipairs(threads) do
      for status, n in pairs(t:get("statuses")) do total[status] = (total[status] or 0) + n end
   end
   for status, n in pairs(total) do io.write(string.format("status %d %d\n", status, n)) end
end

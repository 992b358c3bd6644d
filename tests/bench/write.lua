-- write.lua - make bench's writers for wrk: one member's session per
-- connection (run wrk with as many threads as connections), each writing
-- one kind as fast as it is answered; counts the answers by status.
--
-- Environment (set by bench.py):
--   BENCH_SESSIONS  a file of lines "cookie<TAB>csrf token", one per member
--   BENCH_KIND      backing | vote | post
--   BENCH_ORIGIN    http://127.0.0.1:PORT (every POST's Origin)
--   BENCH_IDS       a file of ids to write on, one a line: posts (backing),
--                   backings by other members (vote)
--   BENCH_TOPICS    topic slugs, space-separated (post)

local sessions = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do
   local cookie, csrf = line:match("^(.-)\t(.*)$")
   sessions[#sessions + 1] = { cookie = cookie, csrf = csrf }
end
local threads = {}
local next_id = 0

function setup(thread)
   next_id = next_id + 1
   thread:set("id", next_id)
   threads[#threads + 1] = thread
end

local kind, ids, topics, me
local sentences = {
   "Try talking to him alone, after training.",
   "I had almost the same thing last year, it gets better.",
   "Be honest with her, most people respect that.",
   "Write it down first and then say it out loud.",
   "Take a walk before you decide anything.",
}

local function enc(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

function init(args)
   me = sessions[(id - 1) % #sessions + 1]
   kind = os.getenv("BENCH_KIND")
   ids = {}
   for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
   topics = {}
   for t in (os.getenv("BENCH_TOPICS") or "other"):gmatch("%S+") do topics[#topics + 1] = t end
   math.randomseed(id * 7919 + os.time())
   statuses = {}
   wrk.method = "POST"
   wrk.headers["Cookie"] = me.cookie
   wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
   wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
   local s = sentences[math.random(#sentences)]
   if kind == "backing" then
      return wrk.format(nil, "/post/" .. ids[math.random(#ids)] .. "/back",
                        nil, "csrf=" .. me.csrf .. "&body=" .. enc(s .. " " .. math.random(1000000)))
   elseif kind == "vote" then
      return wrk.format(nil, "/post/backing/" .. ids[math.random(#ids)] .. "/vote",
                        nil, "csrf=" .. me.csrf)
   else
      return wrk.format(nil, "/post/new", nil,
                        "csrf=" .. me.csrf .. "&topic=" .. topics[math.random(#topics)] ..
                        "&title=" .. enc("What would you do about this " .. math.random(1000000)) ..
                        "&body=" .. enc("I do not know where to start. " .. s) .. "&public=1")
   end
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

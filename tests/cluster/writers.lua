-- writers.lua - make check-cluster's write load for wrk: one session per
-- connection (run wrk with as many threads as connections, -tN -cN), at a
-- steady modest rate (a pause after every answer), writing posts and
-- backings on existing posts (members) or chat messages (the participant
-- and his coach). Every write carries a token of its own in its text; each
-- thread logs every answer to a file of its own, which
-- tests/cluster/proof.py reads afterwards:
--
--   ok    <sent> <answered> <kind> <token> <id>   acknowledged: a 303 to
--         the written thing (post: /p/ID; backing: /p/POST#bID; chat:
--         /chat/CHAT#mSEQ, id = CHAT:SEQ)
--   fail  <sent> <answered> <kind> <token> <status> <location>
--         anything else; status 0 = no answer at all (the connection
--         broke: wrk reconnects and asks request() for a new one, so a
--         write is never sent twice by wrk); -1 = still unanswered when
--         the load stopped (<prefix>0.log, written by done())
--
-- Times are Unix seconds with microseconds (gettimeofday), as the events
-- file and the prober's log, so the three line up.
--
-- Environment (set by scripts/check-cluster.sh):
--   CHECK_SESSIONS  lines "kind<TAB>cookie<TAB>csrf<TAB>target": kind
--                   member (target: unused) or chat (target: the chat id)
--   CHECK_POSTS     posts to back, one id a line
--   CHECK_TOPICS    topic slugs, space-separated
--   CHECK_ORIGIN    http://127.0.0.1:PORT (every POST's Origin)
--   CHECK_LOG       the log files' prefix: <prefix><thread>.log
--   CHECK_RUN       this run's mark, in every token (ck<run>t<thread>n<n>)
--   CHECK_PAUSE_MS  pause after each answer (default 250)

local ffi = require("ffi")
ffi.cdef [[
struct ck_timeval { long tv_sec; long tv_usec; };
int gettimeofday(struct ck_timeval *tv, void *tz);
]]
local tv = ffi.new("struct ck_timeval")
local function now()
   ffi.C.gettimeofday(tv, nil)
   return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

local sessions = {}
for line in io.lines(os.getenv("CHECK_SESSIONS")) do
   local kind, cookie, csrf, target = line:match("^(.-)\t(.-)\t(.-)\t(.*)$")
   sessions[#sessions + 1] = { kind = kind, cookie = cookie, csrf = csrf, target = target }
end
local next_id = 0
local threads = {}

function setup(thread)
   next_id = next_id + 1
   thread:set("id", next_id)
   threads[#threads + 1] = thread
end

local me, posts, topics, log, run, pause
local n = 0
-- the request on the wire: answered (response) or not (request() is
-- called again after a reconnect while it is still set)
pending = nil -- a global: done() reads it from each thread (thread:get)

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
   posts = {}
   for line in io.lines(os.getenv("CHECK_POSTS")) do posts[#posts + 1] = line end
   topics = {}
   for t in (os.getenv("CHECK_TOPICS") or "other"):gmatch("%S+") do topics[#topics + 1] = t end
   run = os.getenv("CHECK_RUN") or "0"
   pause = tonumber(os.getenv("CHECK_PAUSE_MS") or "250")
   log = assert(io.open(os.getenv("CHECK_LOG") .. id .. ".log", "a"))
   log:setvbuf("line")
   math.randomseed(id * 7919 + os.time())
   wrk.method = "POST"
   wrk.headers["Cookie"] = me.cookie
   wrk.headers["Origin"] = os.getenv("CHECK_ORIGIN")
   wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

local function fail(p, answered, status, location)
   log:write(string.format("fail\t%.6f\t%.6f\t%s\t%s\t%d\t%s\n", p.sent, answered, p.kind,
                           p.token, status, location or "-"))
end

function request()
   -- the last one never got an answer; but wrk asks the first thread's
   -- script for one request before any connection, only to see its form
   -- (script_verify_request): that one was never sent
   if pending and not (id == 1 and n == 1) then
      fail(pending, now(), 0, nil)
   end
   n = n + 1
   local token = string.format("ck%st%dn%d", run, id, n)
   local s = sentences[math.random(#sentences)]
   local path, body, kind
   if me.kind == "chat" then
      kind = "chat"
      path = "/chat/" .. me.target
      body = "body=" .. enc(s .. " " .. token)
   elseif math.random() < 0.3 then
      kind = "post"
      path = "/post/new"
      body = "topic=" .. topics[math.random(#topics)] ..
             "&title=" .. enc("What would you do " .. token) ..
             "&body=" .. enc("I do not know where to start. " .. s) .. "&public=1"
   else
      kind = "backing"
      path = "/post/" .. posts[math.random(#posts)] .. "/back"
      body = "body=" .. enc(s .. " " .. token)
   end
   pending = { sent = now(), kind = kind, token = token }
   return wrk.format(nil, path, nil, "csrf=" .. me.csrf .. "&" .. body)
end

function response(status, headers, body)
   local p = pending
   pending = nil
   if not p then return end
   local t = now()
   local loc = headers["Location"] or headers["location"]
   local id
   if status == 303 and loc then
      if p.kind == "post" then
         id = loc:match("/p/(%d+)$")
      elseif p.kind == "backing" then
         id = loc:match("/p/%d+#b(%d+)$")
      else
         local c, s = loc:match("/chat/(%d+)#m(%d+)$")
         if c then id = c .. ":" .. s end
      end
   end
   if id then
      log:write(string.format("ok\t%.6f\t%.6f\t%s\t%s\t%s\n", p.sent, t, p.kind, p.token, id))
   else
      fail(p, t, status, loc)
   end
end

function delay()
   return pause
end

-- The writes still waiting for their answer when wrk was stopped (SIGINT):
-- not acknowledged, logged as such (status -1) so none goes unseen.
function done(summary, latency, requests)
   local f = assert(io.open(os.getenv("CHECK_LOG") .. "0.log", "a"))
   local t = now()
   for _, th in ipairs(threads) do
      local p = th:get("pending")
      if p then
         f:write(string.format("fail\t%.6f\t%.6f\t%s\t%s\t-1\t-\n", p.sent, t, p.kind, p.token))
      end
   end
   f:close()
end

-- POST /api/v1/determinations: a 3-person 聊城 dibao household (region 371502, 2024-06-01, shipped
-- standards; the answer includes its trace). Not one repeated request: 512 households differ in the
-- members' incomes (kinds and amounts) and birth dates, taken in turn.
local kinds = { "wage", "agriculture", "business", "pension", "other" }
local bodies = {}
for i = 0, 511 do
  local a = 100 + (i * 37) % 900
  local b = (i * 53) % 700
  local k1 = kinds[(i % 5) + 1]
  local k2 = kinds[(math.floor(i / 5) % 5) + 1]
  local y1 = 1950 + (i % 40)
  local y2 = 1952 + ((i * 7) % 40)
  local y3 = 2005 + (i % 15)
  bodies[i + 1] = string.format([[{"region":"371502","date":"2024-06-01","program":"dibao","household":{"residence":"urban","members":[{"id":"p1","relation":"head","birthDate":"%d-03-01","incomes":[{"kind":"%s","monthly":"%d.00"}]},{"id":"p2","relation":"spouse","birthDate":"%d-07-15","incomes":[{"kind":"%s","monthly":"%d.50"}]},{"id":"p3","relation":"child","birthDate":"%d-11-30","incomes":[]}]}}]],
      y1, k1, a, y2, k2, b, y3)
end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end
dofile((os.getenv("RELIEF_BENCH_HTTP") or ".") .. "/report.lua")

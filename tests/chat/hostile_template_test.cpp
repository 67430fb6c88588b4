// ctest-labels: unit
// Chat templates from strangers: every case of issue 18 ends in a clear error (or the right
// output) within the time and memory bounds of run_bounded, with the default RenderOptions.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "chat/template.h"
#include "support/bounded_run.h"

namespace mlxla::chat {
namespace {

struct Case {
  const char* name;
  std::string source;
  size_t big_bytes = 0;  // context `s`: this many bytes of `big_unit` (built in the child)
  std::string big_unit = "a";
  const char* expect;           // substring of the error, or "=" + the exact output
  std::uint64_t max_steps = 0;  // 0: the default RenderOptions
};

std::string run_case(const Case& c) {
  nlohmann::json context = nlohmann::json::object();
  if (c.big_bytes > 0) {
    std::string s;
    s.reserve(c.big_bytes);
    while (s.size() + c.big_unit.size() <= c.big_bytes) s += c.big_unit;
    context["s"] = std::move(s);
  }
  auto tmpl = Template::parse(c.source);
  if (!tmpl.ok()) return "parse error: " + tmpl.error().message();
  RenderOptions options;
  if (c.max_steps > 0) options.max_steps = c.max_steps;
  auto out = tmpl->render(Value::from_json(context), options);
  return out.ok() ? "=" + *out : out.error().message();
}

void expect_bounded(const Case& c) {
  const auto outcome = testing::run_bounded([&] { return run_case(c); });
  ASSERT_TRUE(outcome.finished) << c.name << ": " << outcome.describe();
  const std::string expect = c.expect;
  if (expect.starts_with("=")) {
    EXPECT_EQ(outcome.text, expect) << c.name;
  } else {
    EXPECT_NE(outcome.text.find(expect), std::string::npos)
        << c.name << ": got " << outcome.text.substr(0, 300);
  }
}

TEST(HostileTemplate, SlicesWithHugeStepsSelectOneElement) {
  expect_bounded(
      {"array, step INT64_MAX", "{{ [1,2,3][1::9223372036854775807] }}", 0, "a", "=[2]"});
  expect_bounded({"string, step INT64_MAX", "{{ 'abc'[1::9223372036854775807] }}", 0, "a", "=b"});
  expect_bounded(
      {"string, step 2**63-1", "{{ 'abc'[1::2**63-1] }}", 0, "a", "slice bounds must be integers"});
  expect_bounded(
      {"array, step -INT64_MAX", "{{ [1,2,3][::-9223372036854775807] }}", 0, "a", "=[3]"});
  expect_bounded(
      {"array, step INT64_MIN", "{{ [1,2,3][::-9223372036854775807 - 1] }}", 0, "a", "=[3]"});
  expect_bounded(
      {"string, start INT64_MIN", "{{ 'abc'[-9223372036854775807 - 1:] }}", 0, "a", "=abc"});
  expect_bounded({"string, stop INT64_MIN, step -1", "{{ 'abc'[:-9223372036854775807 - 1:-1] }}", 0,
                  "a", "=cba"});
  expect_bounded({"non-ASCII, step 2", "{{ 'h\xc3\xa9llo'[::2] }}", 0, "a", "=hlo"});
}

TEST(HostileTemplate, BuiltinsCheckTheirOutputSizeBeforeBuildingIt) {
  // s.replace('a', s) with 8192 a's would be 64 MiB.
  expect_bounded(
      {"replace", "{{ s.replace('a', s) }}", 8192, "a", "exceeds the limit of 16777216 bytes"});
  expect_bounded(
      {"replace with empty old", "{{ s.replace('', s) }}", 8192, "a", "exceeds the limit"});
  expect_bounded({"join filter on a string", "{{ s|join(s) }}", 8192, "a", "exceeds the limit"});
  // escape of 4 MiB of quotes would be 20 MiB.
  expect_bounded({"escape", "{{ s|escape }}", 4u << 20, "\"", "exceeds the limit"});
  // 2M whitespace-separated words: the 1M-item limit holds before the list is built (with the
  // default budget the steps per part stop it first).
  expect_bounded({"whitespace split", "{{ s.split()|length }}", 4u << 20, "a ",
                  "array exceeds 1048576 items", 10'000'000});
  expect_bounded({"whitespace split, default budget", "{{ s.split()|length }}", 4u << 20, "a ",
                  "render stopped after 2000000 steps"});
  expect_bounded({"array join", "{{ [s, s, s]|join }}", 8u << 20, "a", "exceeds the limit"});
  expect_bounded(
      {"string join method", "{{ s.join([s, s, s]) }}", 6u << 20, "a", "exceeds the limit"});
  expect_bounded({"concatenation", "{{ s ~ s ~ s }}", 6u << 20, "a", "exceeds the limit"});
  expect_bounded({"indent", "{{ s|indent(1000) }}", 1u << 20, "a\n", "exceeds the limit"});
}

TEST(HostileTemplate, ValuesAccumulatedAcrossALoopHitTheRenderBudget) {
  // Each iteration keeps a new 1 MiB string: no single value is too big, the total is.
  expect_bounded(
      {"append in a loop",
       "{% set ns = namespace(a=[]) %}{% for i in range(100000) %}{% set _ = ns.a.append(s ~ i) %}"
       "{% endfor %}{{ ns.a|length }}",
       1u << 20, "a", "bytes in total (strings, arrays and output; the per-render memory budget)"});
  // Nested loops each holding a nearly full output buffer.
  expect_bounded(
      {"output held at every level",
       "{% for i in range(64) %}{{ s }}{% for j in range(64) %}{{ s }}{% endfor %}{% endfor %}",
       4u << 20, "a", "exceeds 16777216 bytes"});
}

TEST(HostileTemplate, RangeAndLoopsCostSteps) {
  expect_bounded({"range of INT64_MAX", "{{ range(9223372036854775807)|length }}", 0, "a",
                  "range() of 9223372036854775807 items exceeds the limit of 1048576 items"});
  expect_bounded(
      {"range from INT64_MIN to INT64_MAX",
       "{{ range(-9223372036854775807 - 1, 9223372036854775807, 4611686018427387904)|list }}", 0,
       "a", "=[-9223372036854775808, -4611686018427387904, 0, 4611686018427387904]"});
  expect_bounded(
      {"nested loops",
       "{% for i in range(1000000) %}{% for j in range(1000000) %}{% endfor %}{% endfor %}", 0, "a",
       "render stopped after 2000000 steps"});
  expect_bounded({"range without a loop",
                  "{% for i in range(1000) %}{% set r = range(1000000) %}{% endfor %}", 0, "a",
                  "render stopped after 2000000 steps"});
  expect_bounded({"scans of a large string",
                  "{% for i in range(100000) %}{% if 'b' in s %}{% endif %}{% endfor %}", 1u << 20,
                  "a", "render stopped after 2000000 steps"});
  expect_bounded({"indexing a large string", "{% for i in range(100000) %}{{ s[5] }}{% endfor %}",
                  4u << 20, "\xc3\xa9", "render stopped after 2000000 steps"});
}

// Builtins that loop per match, line or part pay per iteration, not only per byte: each of
// these did millions of searches or appends for a few thousand steps (seconds of CPU).
TEST(HostileTemplate, PerMatchWorkCostsSteps) {
  const char* stopped = "render stopped after 2000000 steps";
  // Each render below cost well under the budget before (a step per 128 bytes read) while doing
  // millions of searches or appends. 24 doublings build 16 MiB for ~32k steps; 12 counts were
  // 201M searches.
  // ASan's memmem interceptor checks the whole haystack on every call, so a search per match
  // is quadratic there: these two cases run in release builds only.
  if (testing::address_space_limit_supported()) {
    expect_bounded({"count",
                    "{% set ns = namespace(s='a') %}{% for i in range(24) %}{% set ns.s = ns.s ~ "
                    "ns.s %}{% endfor %}"
                    "{% for i in range(12) %}{{ ns.s.count('a') }}{% endfor %}",
                    0, "a", stopped});
    expect_bounded({"replace", "{% for i in range(4) %}{{ s.replace('a', '')|length }}{% endfor %}",
                    16u << 20, "a", stopped});
  }
  expect_bounded({"replace with empty old",
                  "{% for i in range(4) %}{{ s.replace('', '')|length }}{% endfor %}", 16u << 20,
                  "a", stopped});
  expect_bounded({"split with a separator",
                  "{% for i in range(4) %}{{ s.split('a')|length }}{% endfor %}", 512u << 10, "a",
                  stopped});
  expect_bounded({"whitespace split", "{% for i in range(4) %}{{ s.split()|length }}{% endfor %}",
                  1u << 20, "a ", stopped});
  expect_bounded({"indent", "{% for i in range(4) %}{{ (s|indent(0))|length }}{% endfor %}",
                  8u << 20, "\n", stopped});
  expect_bounded({"join filter on a string",
                  "{% for i in range(4) %}{{ (s|join)|length }}{% endfor %}", 16u << 20, "a",
                  stopped});
  expect_bounded({"reverse of a string",
                  "{% for i in range(4) %}{{ (s|reverse)|length }}{% endfor %}", 16u << 20, "a",
                  stopped});
  expect_bounded({"list of a string", "{{ (s|list)|length }}", 1u << 20, "a", stopped});
  // The same builtins on ordinary inputs are cheap and exact.
  expect_bounded(
      {"small inputs",
       "{{ 'abc'.replace('', 'x', 2) }}|{{ 'aaa'.replace('a', 'b', 2) }}|{{ 'a,b,,c'.split(',') }}|"
       "{{ 'banana'.count('an') }}|{{ 'h\xc3\xa9llo'|reverse }}|{{ 'a\nb'|indent(2, true) }}",
       0, "a", "=xaxbc|bba|[\"a\", \"b\", \"\", \"c\"]|2|oll\xc3\xa9h|  a\n  b"});
}

TEST(HostileTemplate, AbsOfInt64MinIsPositive) {
  const auto outcome = testing::run_bounded([] {
    return run_case({"abs", "{{ (-9223372036854775807 - 1)|abs }}", 0, "a", ""});
  });
  ASSERT_TRUE(outcome.finished) << outcome.describe();
  ASSERT_TRUE(outcome.text.starts_with("=9")) << outcome.text;
}

}  // namespace
}  // namespace mlxla::chat

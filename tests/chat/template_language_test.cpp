// The template language construct by construct, with self-made templates (no ../shared):
// whitespace control, statements, expressions, filters, tests, errors and resource limits.
// ctest-labels: unit
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "chat/template.h"

namespace mlxla::chat {
namespace {

Result<std::string> try_render(const std::string& source,
                               const nlohmann::json& context = nlohmann::json::object(),
                               const RenderOptions& options = {}) {
  auto tmpl = Template::parse(source);
  if (!tmpl.ok()) return tmpl.error();
  return tmpl->render(Value::from_json(context), options);
}

std::string render(const std::string& source,
                   const nlohmann::json& context = nlohmann::json::object()) {
  auto out = try_render(source, context);
  EXPECT_TRUE(out.ok()) << source << "\n-> " << (out.ok() ? "" : out.error().message());
  return out.ok() ? *out : "<error>";
}

std::string error_of(const std::string& source,
                     const nlohmann::json& context = nlohmann::json::object(),
                     const RenderOptions& options = {}) {
  auto out = try_render(source, context, options);
  EXPECT_FALSE(out.ok()) << source << " rendered " << (out.ok() ? *out : "");
  return out.ok() ? "" : out.error().message();
}

TEST(TemplateWhitespace, TrailingNewlineDroppedOnce) {
  EXPECT_EQ(render("a\n"), "a");
  EXPECT_EQ(render("a\n\n"), "a\n");
  EXPECT_EQ(render(""), "");
}

TEST(TemplateWhitespace, DashesStripAdjacentWhitespace) {
  EXPECT_EQ(render("a  \n {{- 'b' -}} \n c"), "abc");
  EXPECT_EQ(render("a \n{%- if true -%}\n  b  {%- endif %}"), "ab");
  EXPECT_EQ(render("x  {#- note -#}  y"), "xy");
  EXPECT_EQ(render("x {# note #} y"), "x  y");
}

TEST(TemplateWhitespace, TrimAndLstripBlocksAreOn) {
  // trim_blocks eats the newline after a block tag; lstrip_blocks the indentation before it.
  EXPECT_EQ(render("{% if true %}\n  yes\n    {% endif %}\nend"), "  yes\nend");
  // Not after an expression tag, and not before one.
  EXPECT_EQ(render("{{ 'a' }}\n  {{ 'b' }}"), "a\n  b");
}

TEST(TemplateWhitespace, GenerationTagsVanish) {
  EXPECT_EQ(render("a {% generation %}b{% endgeneration %} c"), "a b c");
  EXPECT_EQ(render("a {%- generation -%} b"), "ab");
}

TEST(TemplateStatements, IfElifElse) {
  const std::string t = "{% if x == 1 %}one{% elif x == 2 %}two{% else %}many{% endif %}";
  EXPECT_EQ(render(t, {{"x", 1}}), "one");
  EXPECT_EQ(render(t, {{"x", 2}}), "two");
  EXPECT_EQ(render(t, {{"x", 7}}), "many");
}

TEST(TemplateStatements, ForLoopVariables) {
  EXPECT_EQ(
      render("{% for x in xs %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.first }}"
             "{{ loop.last }}{{ loop.length }}|{% endfor %}",
             {{"xs", {"a", "b"}}}),
      "102truefalse2|211falsetrue2|");
  EXPECT_EQ(render("{% for x in xs %}{{ loop.previtem }}>{{ x }}>{{ loop.nextitem }};{% endfor %}",
                   {{"xs", {1, 2, 3}}}),
            ">1>2;1>2>3;2>3>;");
}

TEST(TemplateStatements, ForElseUnpackingAndInlineFilter) {
  EXPECT_EQ(render("{% for x in [] %}x{% else %}empty{% endfor %}"), "empty");
  EXPECT_EQ(render("{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}",
                   {{"d", {{"b", 1}, {"a", 2}}}}),
            "a=2;b=1;");  // nlohmann sorts object keys on parse; insertion order is kept after that
  EXPECT_EQ(render("{% for x in xs if x is odd %}{{ x }}{{ loop.length }} {% endfor %}",
                   {{"xs", {1, 2, 3, 4, 5}}}),
            "13 33 53 ");
  EXPECT_EQ(render("{% for k in {'z': 1, 'y': 2} %}{{ k }}{% endfor %}"), "zy");
}

TEST(TemplateStatements, BreakAndContinueDropTheInterruptedIteration) {
  // As in the reference, output of an iteration cut short by break/continue is discarded.
  EXPECT_EQ(
      render("{% for x in [1,2,3,4] %}{% if x == 3 %}{% break %}{% endif %}{{ x }}{% endfor %}"),
      "12");
  EXPECT_EQ(
      render("{% for x in [1,2,3] %}<{% if x == 2 %}{% continue %}{% endif %}{{ x }}>{% endfor %}"),
      "<1><3>");
}

TEST(TemplateStatements, SetScopes) {
  EXPECT_EQ(render("{% set x = 1 %}{% if true %}{% set x = 2 %}{% endif %}{{ x }}"), "2");
  EXPECT_EQ(render("{% set x = 1 %}{% for i in [1] %}{% set x = 5 %}{% endfor %}{{ x }}"), "1");
  EXPECT_EQ(render("{% set ns = namespace(n=0) %}{% for i in [1,2,3] %}{% set ns.n = ns.n + i %}{% "
                   "endfor %}{{ ns.n }}"),
            "6");
  EXPECT_EQ(render("{% set a, b = [1, 2] %}{{ b }}{{ a }}"), "21");
  EXPECT_EQ(render("{% set body %}x{{ 1 + 1 }}y{% endset %}[{{ body }}]"), "[x2y]");
}

TEST(TemplateStatements, MacrosCallAndFilterBlocks) {
  EXPECT_EQ(render("{% macro greet(name, punct='!') %}Hi {{ name }}{{ punct }}{% endmacro %}"
                   "{{ greet('A') }} {{ greet('B', '?') }} {{ greet('C', punct='.') }}"),
            "Hi A! Hi B? Hi C.");
  EXPECT_EQ(render("{% macro fact(n) %}{% if n <= 1 %}1{% else %}{{ n * fact(n - 1)|int }}{% endif "
                   "%}{% endmacro %}"
                   "{{ fact(5) }}"),
            "120");
  EXPECT_EQ(
      render("{% macro box() %}[{{ caller() }}]{% endmacro %}{% call box() %}inside{% endcall %}"),
      "[inside]");
  EXPECT_EQ(render("{% filter upper %}shout {{ 'this' }}{% endfilter %}"), "SHOUT THIS");
}

TEST(TemplateExpressions, LiteralsAndArithmetic) {
  EXPECT_EQ(render("{{ 'a\\'b\\n' }}{{ \"q\\\"\" }}"), "a'b\nq\"");
  EXPECT_EQ(render("{{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % 3 }} {{ -7 % 3 }} {{ 2 ** 10 }} {{ 7 / 2 }} "
                   "{{ 4 / 2 }}"),
            "3 -4 1 -1 1024 3.5 2.0");
  EXPECT_EQ(render("{{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 1.5 + 1 }} {{ 0.1 + 0.2 }} {{ 3 if false "
                   "else 2.50 }}"),
            "7 9 2.5 0.30000000000000004 2.5");
  EXPECT_EQ(render("{{ 'a' ~ 1 ~ 2.0 ~ true }} {{ 'n' + 3 }}"), "a12true n3");
  EXPECT_EQ(render("{{ [1, 2] + [3] }} {{ {'a': [1, 'x']} }}"), "[1, 2, 3] {\"a\": [1, \"x\"]}");
  EXPECT_EQ(render("{{ True and none }}|{{ 0 or 'y' }}|{{ not [] }}|{{ true }}{{ None is none }}"),
            "|y|true|truetrue");
}

TEST(TemplateExpressions, ComparisonsMembershipAndTernary) {
  EXPECT_EQ(render("{{ 1 < 2 }}{{ 2 <= 1 }}{{ 'a' < 'b' }}{{ 1 == 1.0 }}{{ 'x' != 'x' }}"),
            "truefalsetruetruefalse");
  EXPECT_EQ(render("{{ 'ell' in 'hello' }}{{ 2 in [1, 2] }}{{ 'k' in {'k': 1} }}{{ 3 not in [1] "
                   "}}{{ 'z' in nothing }}"),
            "truetruetruetruefalse");
  EXPECT_EQ(render("{{ 'y' if x else 'n' }}{{ 'only' if x }}", {{"x", false}}), "n");
}

TEST(TemplateExpressions, MemberAccessAndSlices) {
  const nlohmann::json ctx = {{"m", {{"role", "user"}, {"list", {10, 20, 30, 40}}}},
                              {"s", "héllo"}};
  EXPECT_EQ(render("{{ m.role }}{{ m['role'] }}{{ m.missing }}{{ m.missing.deeper }}", ctx),
            "useruser");
  EXPECT_EQ(
      render(
          "{{ m.list[-1] }} {{ m.list[1:3] }} {{ m.list[::-1] }} {{ m.list[::2] }} {{ m.list[5] }}",
          ctx),
      "40 [20, 30] [40, 30, 20, 10] [10, 30] ");
  EXPECT_EQ(render("{{ s[1] }} {{ s[::-1] }} {{ s[:2] }} {{ s.length }} {{ m.list.length }}", ctx),
            "é olléh hé 5 4");
}

TEST(TemplateExpressions, StringMethods) {
  EXPECT_EQ(render("{{ '  x  '.strip() }}|{{ '\\nx\\n'.lstrip('\\n') }}|{{ 'xxaxx'.rstrip('x') "
                   "}}|{{ 'ab'.upper() }}"),
            "x|x\n|xxa|AB");
  EXPECT_EQ(render("{{ 'a,b,,c'.split(',') }} {{ ' a  b '.split() }} {{ 'a,b,c'.split(',', 1) }}"),
            "[\"a\", \"b\", \"\", \"c\"] [\"a\", \"b\"] [\"a\", \"b,c\"]");
  EXPECT_EQ(render("{{ 'abc'.startswith('ab') }}{{ 'abc'.endswith(('x', 'c')) }}{{ "
                   "'aaa'.replace('a', 'b', 2) }}"),
            "truetruebba");
  EXPECT_EQ(render("{{ 'hello world'.title() }} {{ 'hELLO'.capitalize() }} {{ 'abcb'.find('b') }} "
                   "{{ '-'.join(['a', 'b']) }}"),
            "Hello World HELLO 1 a-b");
  EXPECT_EQ(render("{{ '<think>x</think>y'.split('</think>')[0].split('<think>')[-1] }}"), "x");
}

TEST(TemplateExpressions, DictAndListMethods) {
  EXPECT_EQ(render("{% set xs = [] %}{% if xs.append(1) %}{% endif %}{{ xs.append(2) }}{{ xs }}"),
            "[1, 2]");
  EXPECT_EQ(
      render(
          "{% set d = {'a': 1} %}{{ d.get('a') }}{{ d.get('b', 'dflt') }}{{ d.get('c') is none }}"
          "{{ d.keys() }}{{ d.values() }}{{ d.items() }}"),
      "1dflttrue[\"a\"][1][[\"a\", 1]]");
}

TEST(TemplateFilters, TojsonMatchesTheReference) {
  const nlohmann::json ctx = {{"v",
                               {{"s", "é\"\\\n\x01"},
                                {"n", 1.5},
                                {"i", 2},
                                {"f", 2.0},
                                {"b", true},
                                {"z", nullptr},
                                {"l", nlohmann::json::array()},
                                {"o", nlohmann::json::object()}}}};
  EXPECT_EQ(render("{{ v | tojson }}", ctx),
            "{\"b\": true, \"f\": 2, \"i\": 2, \"l\": [], \"n\": 1.5, \"o\": {}, \"s\": "
            "\"é\\\"\\\\\\n\\u0001\", "
            "\"z\": null}");
  EXPECT_EQ(render("{{ {'a': [1, {'b': 'c'}], 'e': [], 'o': {}} | tojson(indent=2) }}"),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"c\"\n    }\n  ],\n  \"e\": [\n    \n  "
            "],\n  \"o\": {\n  }\n}");
}

TEST(TemplateFilters, CommonFilters) {
  EXPECT_EQ(
      render(
          "{{ ' x '|trim }}|{{ 'ab'|length }}|{{ [1,2]|count }}|{{ 'Ab'|lower }}|{{ 'ab'|upper }}"),
      "x|2|2|ab|AB");
  EXPECT_EQ(render("{{ missing|default('d') }}{{ ''|default('e') }}{{ ''|default('f', true) }}{{ "
                   "0|d('g', boolean=true) }}"),
            "dfg");
  EXPECT_EQ(
      render("{{ ['a','b']|join(', ') }}|{{ [1,2,3]|first }}{{ [1,2,3]|last }}|{{ [3,1,2]|sort }}|"
             "{{ [1,2]|reverse }}|{{ [1,1,2]|unique }}|{{ 'ab'|list }}"),
      "a, b|13|[1, 2, 3]|[2, 1]|[1, 2]|[\"a\", \"b\"]");
  EXPECT_EQ(render("{{ '12x'|int }} {{ 'x'|int(7) }} {{ 3.7|int }} {{ '2.5e1'|float }} {{ -3|abs "
                   "}} {{ 2.567|round(2) }}"),
            "12 7 3 25.0 3 2.57");
  EXPECT_EQ(render("{{ 'a\\nb\\n\\nc'|indent(2) }}|{{ 'a\\nb'|indent(2, true) }}"),
            "a\n  b\n\n  c|  a\n  b");
  EXPECT_EQ(
      render(
          "{{ 'a-b'|replace('-', '+') }} {{ '<&>'|escape }} {{ 'x'|safe }} {{ 1|string ~ 'y' }}"),
      "a+b &lt;&amp;&gt; x 1y");
}

TEST(TemplateFilters, SelectMapAndDicts) {
  const nlohmann::json ctx = {
      {"ms", {{{"role", "system"}, {"n", 1}}, {{"role", "user"}, {"n", 2}}}}};
  EXPECT_EQ(render("{{ ms|selectattr('role', 'equalto', 'user')|map(attribute='n')|list }}"
                   "{{ ms|rejectattr('role', 'eq', 'user')|map(attribute='role')|join }}"
                   "{{ ms|map(attribute='n')|sum }}",
                   ctx),
            "[2]system3");
  EXPECT_EQ(render("{{ [1,2,3,4]|select('even')|list }}{{ ['a','B']|map('upper')|list }}"),
            "[2, 4][\"A\", \"B\"]");
  EXPECT_EQ(render("{{ {'b': 1, 'a': 2}|dictsort }}{{ {'b': 1}|items }}{{ {'a': 1}|length }}"),
            "[[\"a\", 2], [\"b\", 1]][[\"b\", 1]]1");
}

TEST(TemplateTests, IsTests) {
  const nlohmann::json ctx = {{"s", "x"},        {"n", 3},       {"f", 1.5}, {"l", {1}},
                              {"d", {{"k", 1}}}, {"z", nullptr}, {"t", true}};
  EXPECT_EQ(
      render(
          "{{ s is string }}{{ n is number }}{{ n is integer }}{{ f is float }}{{ l is iterable }}"
          "{{ d is mapping }}{{ d is iterable }}{{ z is none }}{{ t is boolean }}{{ t is true }}{{ "
          "t is false }}",
          ctx),
      "truetruetruetruetruetruefalsetruetruetruefalse");
  EXPECT_EQ(render("{{ q is defined }}{{ q is undefined }}{{ s is not defined }}{{ n is odd }}{{ n "
                   "is even }}"
                   "{{ n is eq 3 }}{{ n is ne(3) }}{{ 'ab' is lower }}{{ 'AB' is upper }}{{ range "
                   "is callable }}"
                   "{{ 9 is divisibleby 3 }}{{ 1 is in [1] }}",
                   ctx),
            "falsetruefalsetruefalsetruefalsetruetruetruetruetrue");
}

TEST(TemplateGlobals, RangeNamespaceDictAndClock) {
  EXPECT_EQ(render("{{ range(3) }}{{ range(1, 3) }}{{ range(5, 0, -2) }}"),
            "[0, 1, 2][1, 2][5, 3, 1]");
  EXPECT_EQ(render("{{ dict(a=1, b='x') }}{% set ns = namespace(v=none) %}{{ ns.v is none }}"),
            "{\"a\": 1, \"b\": \"x\"}true");
  RenderOptions options;
  options.clock = [] {
    return std::chrono::system_clock::from_time_t(1736933400);
  };  // 2025-01-15T09:30:00Z
  auto out = try_render("{{ strftime_now('%d %b %Y') }}|{{ strftime_now('%Y-%m-%d %H:%M') }}", {},
                        options);
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(*out, "15 Jan 2025|2025-01-15 09:30");
}

TEST(TemplateErrors, SyntaxErrorsNameTheLine) {
  EXPECT_NE(error_of("line1\n{% if x %}\nno end").find("line 2"), std::string::npos);
  EXPECT_NE(error_of("a\nb\n{{ x | nosuchfilter }}").find("line 3"), std::string::npos);
  EXPECT_NE(error_of("a\n{% include 'x' %}").find("line 2: unsupported statement {% include %}"),
            std::string::npos);
  EXPECT_NE(error_of("{{ 'unterminated }}").find("unterminated string"), std::string::npos);
  EXPECT_NE(error_of("{{ 'bad \\q' }}").find("unknown escape"), std::string::npos);
  EXPECT_NE(error_of("{{ x[] }}").find("empty subscript"), std::string::npos);
  EXPECT_NE(error_of("{% for %}").find("loop variable"), std::string::npos);
  EXPECT_NE(error_of("{# never closed").find("comment"), std::string::npos);
}

TEST(TemplateErrors, RuntimeErrorsNameTheLineAndConstruct) {
  const std::string raised = error_of("ok\n{{ raise_exception('roles must alternate') }}");
  EXPECT_NE(raised.find("line 2"), std::string::npos) << raised;
  EXPECT_NE(raised.find("roles must alternate"), std::string::npos) << raised;
  EXPECT_NE(error_of("{{ x + 1 }}").find("undefined"), std::string::npos);
  EXPECT_NE(error_of("{{ none + 1 }}").find("none"), std::string::npos);
  EXPECT_NE(error_of("{{ 1 is nosuchtest }}").find("unknown test 'nosuchtest'"), std::string::npos);
  EXPECT_NE(error_of("{% for x in 5 %}{% endfor %}").find("for loop"), std::string::npos);
  EXPECT_NE(error_of("{{ 1(2) }}").find("cannot call"), std::string::npos);
  EXPECT_NE(error_of("{{ 1 // 0 }}").find("division by zero"), std::string::npos);
}

TEST(TemplateLimits, HostileTemplatesStopWithAnError) {
  RenderOptions small;
  small.max_steps = 1000000;  // range(100000) alone costs ~240k steps (elements + slots)
  small.max_output_bytes = 1 << 16;
  EXPECT_NE(error_of("{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}",
                     {}, small)
                .find("steps"),
            std::string::npos);
  EXPECT_NE(error_of("{% for a in range(100000) %}xxxxxxxx{% endfor %}", {}, small)
                .find("output exceeds"),
            std::string::npos);
  EXPECT_NE(
      error_of("{% set s = 'ab' %}{% for i in range(40) %}{% set s = s ~ s %}{% endfor %}{{ s }}",
               {}, small)
          .find("exceeds"),
      std::string::npos);
  EXPECT_NE(error_of("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}").find("nested"),
            std::string::npos);
  EXPECT_NE(error_of("{{ " + std::string(5000, '(') + "1" + std::string(5000, ')') + " }}")
                .find("nested"),
            std::string::npos);
  std::string chain = "{{ 1";
  for (int i = 0; i < 5000; ++i) chain += " + 1";
  EXPECT_NE(error_of(chain + " }}").find("nested"), std::string::npos);
  EXPECT_NE(error_of("{% set xs = [] %}{{ xs.append(xs) }}").find("contain itself"),
            std::string::npos);
  EXPECT_NE(error_of("{% set ns = namespace() %}{% set ns.me = ns %}").find("contain itself"),
            std::string::npos);
  // A chain of 100k nested arrays is built and freed without recursing per level.
  EXPECT_EQ(render("{% set x = [] %}{% for i in range(100000) %}{% set x = [x] %}{% endfor %}ok"),
            "ok");
}

TEST(ApplyChatTemplate, MergesMessagesFlagAndExtraContext) {
  const std::string tmpl =
      "{{ bos_token }}{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}"
      "{% if add_generation_prompt %}<assistant>{% endif %}";
  const nlohmann::json messages = {{{"role", "user"}, {"content", "hi"}}};
  auto out = apply_chat_template(tmpl, messages, true, {{"bos_token", "<s>"}});
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(*out, "<s><user>hi<assistant>");
  auto no_prompt = apply_chat_template(tmpl, messages, false, nlohmann::json::object());
  ASSERT_TRUE(no_prompt.ok());
  EXPECT_EQ(*no_prompt, "<user>hi");
  EXPECT_FALSE(apply_chat_template(tmpl, nlohmann::json::object(), true, {}).ok());
}

TEST(ValueConversions, JsonNumbersAndJavaScriptFormatting) {
  EXPECT_TRUE(Value::from_json(nlohmann::json::parse("1.0")).is_int());
  EXPECT_TRUE(Value::from_json(nlohmann::json::parse("1.5")).is_float());
  EXPECT_EQ(js_number_string(1e21), "1e+21");
  EXPECT_EQ(js_number_string(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(js_number_string(1e-7), "1e-7");
  EXPECT_EQ(js_number_string(0.000001), "0.000001");
  EXPECT_EQ(js_number_string(-2.5), "-2.5");
}

}  // namespace
}  // namespace mlxla::chat

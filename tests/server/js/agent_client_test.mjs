// The official `openai` npm client against `mlxla serve` for the agent fields: tool_choice named
// and required, streamed and not (arguments parse and satisfy the schema), logprobs on chat and
// legacy completions at temperature 0. Usage: node agent_client_test.mjs BASE_URL MODEL
// MODE MODEL_DIR (MODE "one-tool" or ""; MODEL_DIR holds the served tokenizer.json; exit 0 = all
// passed). Every request is greedy or seeded, so the results are fixed.
// "one-tool" offers only get_weather: a model without a chat template gets the tools described in
// a system message, and two of them do not fit stories260K's 512-token context.
import OpenAI from "openai";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [baseURL, model, mode, modelDir] = process.argv.slice(2);
// The tokenizer's special tokens (EOS, and with ignore_eos possibly <s> or <unk>): listed in
// logprobs but not part of the text.
const specialTokens = new Set(JSON.parse(readFileSync(join(modelDir, "tokenizer.json"), "utf8"))
  .added_tokens.filter((t) => t.special).map((t) => t.content));
const client = new OpenAI({ baseURL, apiKey: "unused", maxRetries: 0, timeout: 120000 });

const tools = [
  { type: "function", function: { name: "get_weather", description: "Weather of a city",
    parameters: { type: "object", properties: { city: { type: "string", maxLength: 6 },
      days: { type: "integer", minimum: 1, maximum: 7 } }, required: ["city", "days"], additionalProperties: false } } },
  { type: "function", function: { name: "set_light",
    parameters: { type: "object", properties: { on: { type: "boolean" }, color: { enum: ["red", "green"] } },
      required: ["on", "color"], additionalProperties: false } } },
];

if (mode === "one-tool") tools.pop();

// The schemas above, checked by hand (no validator package needed).
function checkArguments(name, text) {
  const args = JSON.parse(text);
  if (name === "get_weather") {
    assert.deepEqual(Object.keys(args).sort(), ["city", "days"]);
    assert.equal(typeof args.city, "string");
    assert.ok([...args.city].length <= 6, text);
    assert.ok(Number.isInteger(args.days) && args.days >= 1 && args.days <= 7, text);
  } else {
    assert.equal(name, "set_light");
    assert.deepEqual(Object.keys(args).sort(), ["color", "on"]);
    assert.equal(typeof args.on, "boolean");
    assert.ok(["red", "green"].includes(args.color), text);
  }
}

async function toolCall(toolChoice, temperature, seed, stream) {
  const request = { model, messages: [{ role: "user", content: "Q: weather in Paris?" }], tools,
                    tool_choice: toolChoice, temperature, seed, max_tokens: 200 };
  if (!stream) {
    const r = await client.chat.completions.create(request);
    assert.equal(r.choices[0].finish_reason, "tool_calls", JSON.stringify(r));
    assert.equal(r.choices[0].message.tool_calls.length, 1);
    return r.choices[0].message.tool_calls[0];
  }
  const calls = [];
  let finish = null;
  for await (const chunk of await client.chat.completions.create({ ...request, stream: true })) {
    const choice = chunk.choices[0];
    if (!choice) continue;
    for (const d of choice.delta.tool_calls ?? []) {
      calls[d.index] ??= { id: "", type: "function", function: { name: "", arguments: "" } };
      if (d.id) calls[d.index].id = d.id;
      if (d.function?.name) calls[d.index].function.name += d.function.name;
      if (d.function?.arguments) calls[d.index].function.arguments += d.function.arguments;
    }
    finish = choice.finish_reason ?? finish;
  }
  assert.equal(finish, "tool_calls");
  assert.equal(calls.length, 1);
  return calls[0];
}

async function main() {
  const named = { type: "function", function: { name: "get_weather" } };
  for (const [choice, allowed] of [[named, ["get_weather"]], ["required", tools.map((t) => t.function.name)]]) {
    for (const [temperature, seed] of [[0, 0], [0.9, 11]]) {
      const whole = await toolCall(choice, temperature, seed, false);
      const streamed = await toolCall(choice, temperature, seed, true);
      for (const call of [whole, streamed]) {
        assert.ok(call.id.startsWith("call_"), call.id);
        assert.ok(allowed.includes(call.function.name), call.function.name);
        checkArguments(call.function.name, call.function.arguments);
      }
      assert.deepEqual(streamed.function, whole.function);
    }
  }

  // Chat logprobs, greedy: the chosen token is the most likely, bytes spell the content.
  const chat = await client.chat.completions.create({
    model, messages: [{ role: "user", content: "Q: Name three animals" }], max_tokens: 8, temperature: 0,
    ignore_eos: true, logprobs: true, top_logprobs: 3 });
  const entries = chat.choices[0].logprobs.content;
  assert.equal(entries.length, 8);  // ignore_eos: a fixed count, sampled EOS tokens listed too
  let bytes = [];
  for (const e of entries) {
    assert.equal(e.top_logprobs.length, 3);
    assert.equal(e.top_logprobs[0].logprob, e.logprob);
    assert.ok(e.logprob <= 0);
    if (!specialTokens.has(e.token)) bytes = bytes.concat(e.bytes);
  }
  const spelled = Buffer.from(bytes).toString("utf8");
  const content = chat.choices[0].message.content;
  assert.ok(spelled === content || spelled === " " + content, JSON.stringify([spelled, content]));

  // Legacy completions logprobs.
  const cmpl = await client.completions.create({ model, prompt: "Once upon a time", max_tokens: 6,
                                                 temperature: 0, logprobs: 2, ignore_eos: true });
  const lp = cmpl.choices[0].logprobs;
  assert.equal(lp.tokens.length, 6);
  assert.equal(lp.token_logprobs.length, 6);
  for (let i = 0; i < lp.tokens.length; ++i) {
    const best = Math.max(...Object.values(lp.top_logprobs[i]));
    assert.equal(lp.token_logprobs[i], best);
  }

  await assert.rejects(client.chat.completions.create({ model, messages: [{ role: "user", content: "x" }], tools,
                                                        tool_choice: { type: "function", function: { name: "nope" } } }),
                       (e) => e.status === 400 && e.param === "tool_choice");
  await assert.rejects(client.chat.completions.create({ model, messages: [{ role: "user", content: "x" }],
                                                        logprobs: true, top_logprobs: 21 }),
                       (e) => e.status === 400 && e.param === "top_logprobs");
  console.log("agent client: all checks passed");
}

main().catch((e) => { console.error(e); process.exit(1); });

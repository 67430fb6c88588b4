// The official `openai` npm client against a running `mlxla serve`: chat and completions,
// streamed and not. Usage: node openai_client_test.mjs BASE_URL MODEL (exit 0 = all passed).
import OpenAI from "openai";
import assert from "node:assert/strict";

const [baseURL, model] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey: "unused", maxRetries: 0, timeout: 60000 });

async function main() {
  const chat = await client.chat.completions.create({
    model, messages: [{ role: "user", content: "Tell me a story" }], max_tokens: 16, temperature: 0,
  });
  assert.equal(chat.object, "chat.completion");
  assert.equal(chat.choices[0].message.role, "assistant");
  assert.ok(["stop", "length"].includes(chat.choices[0].finish_reason));
  assert.equal(chat.usage.total_tokens, chat.usage.prompt_tokens + chat.usage.completion_tokens);

  const stream = await client.chat.completions.create({
    model, messages: [{ role: "user", content: "Tell me a story" }], max_tokens: 16, temperature: 0,
    stream: true, stream_options: { include_usage: true },
  });
  let streamed = "", finish = null, usage = null;
  for await (const chunk of stream) {
    if (chunk.usage) usage = chunk.usage;
    if (chunk.choices.length === 0) continue;
    streamed += chunk.choices[0].delta.content ?? "";
    finish = chunk.choices[0].finish_reason ?? finish;
  }
  assert.equal(streamed, chat.choices[0].message.content);
  assert.equal(finish, chat.choices[0].finish_reason);
  for (const key of ["prompt_tokens", "completion_tokens", "total_tokens"]) assert.equal(usage[key], chat.usage[key]);
  // The same prompt again: all but its last token come from the server's prefix cache.
  assert.equal(usage.prompt_tokens_details.cached_tokens, chat.usage.prompt_tokens - 1);

  const cmpl = await client.completions.create({ model, prompt: "Once upon a time", max_tokens: 12, temperature: 0 });
  assert.equal(cmpl.object, "text_completion");
  const cstream = await client.completions.create({
    model, prompt: "Once upon a time", max_tokens: 12, temperature: 0, stream: true,
  });
  let ctext = "";
  for await (const chunk of cstream) ctext += chunk.choices[0]?.text ?? "";
  assert.equal(ctext, cmpl.choices[0].text);

  const models = await client.models.list();
  assert.equal(models.data[0].id, model);

  await assert.rejects(client.chat.completions.create({ model: "nope", messages: [{ role: "user", content: "x" }] }),
                       (e) => e.status === 404 && e.code === "model_not_found");
  await assert.rejects(client.chat.completions.create({ model, messages: [{ role: "user", content: "x" }], n: 2 }),
                       (e) => e.status === 400);
  console.log("openai client: all checks passed");
}

main().catch((e) => { console.error(e); process.exit(1); });

// Models by name: the hub cache directory as huggingface_hub computes it, repository-id syntax,
// and resolution of models--ORG--NAME/refs/main -> snapshots/REV in a fake cache the test builds
// (blobs behind symlinks, as a real download leaves them).
// ctest-labels: unit
#include "checkpoint/model_location.h"

#include <sys/stat.h>

#include <map>
#include <string>

#include <gtest/gtest.h>

#include "support/bounded_run.h"
#include "support/test_support.h"

namespace mlxla::checkpoint {
namespace {

namespace fs = std::filesystem;

EnvLookup env_of(std::map<std::string, std::string> vars) {
  auto shared = std::make_shared<std::map<std::string, std::string>>(std::move(vars));
  return [shared](const char* name) -> const char* {
    const auto it = shared->find(name);
    return it == shared->end() ? nullptr : it->second.c_str();
  };
}

TEST(HubCacheDir, FollowsHuggingFaceHubPrecedence) {
  EXPECT_EQ(hub_cache_dir(env_of({{"HOME", "/h"}})), fs::path("/h/.cache/huggingface/hub"));
  EXPECT_EQ(hub_cache_dir(env_of({{"HOME", "/h"}, {"XDG_CACHE_HOME", "/x"}})),
            fs::path("/x/huggingface/hub"));
  EXPECT_EQ(hub_cache_dir(env_of({{"HOME", "/h"}, {"XDG_CACHE_HOME", "/x"}, {"HF_HOME", "/hf"}})),
            fs::path("/hf/hub"));
  EXPECT_EQ(hub_cache_dir(env_of({{"HF_HOME", "/hf"}, {"HUGGINGFACE_HUB_CACHE", "/old"}})),
            fs::path("/old"));
  EXPECT_EQ(hub_cache_dir(env_of({{"HUGGINGFACE_HUB_CACHE", "/old"}, {"HF_HUB_CACHE", "/new"}})),
            fs::path("/new"));
  EXPECT_EQ(hub_cache_dir(env_of({{"HOME", "/h"}, {"HF_HOME", "~/hf"}})), fs::path("/h/hf/hub"));
  EXPECT_TRUE(hub_cache_dir(env_of({})).empty());
}

TEST(RepoId, AcceptsHubNamesOnly) {
  EXPECT_TRUE(is_repo_id("mlx-community/Qwen3-0.6B-4bit"));
  EXPECT_TRUE(is_repo_id("gpt2"));
  EXPECT_TRUE(is_repo_id("org_1/model.v2"));
  EXPECT_FALSE(is_repo_id(""));
  EXPECT_FALSE(is_repo_id("a/b/c"));
  EXPECT_FALSE(is_repo_id("/abs/path"));
  EXPECT_FALSE(is_repo_id("./rel"));
  EXPECT_FALSE(is_repo_id("org/../x"));
  EXPECT_FALSE(is_repo_id("org--x/name"));
  EXPECT_FALSE(is_repo_id("-org/name"));
  EXPECT_FALSE(is_repo_id("org/na me"));
  EXPECT_FALSE(is_repo_id(std::string(97, 'a')));
}

/// <root>/hub/models--org--model with blobs, refs/main and one snapshot whose files are
/// symlinks into blobs (huggingface_hub's layout).
struct FakeCache {
  explicit FakeCache(const fs::path& root) : hub(root / "hub"), repo(hub / "models--org--model") {
    fs::create_directories(repo / "blobs");
    fs::create_directories(repo / "refs");
    testing::write_file(repo / "blobs" / "0123abcd", "{\"model_type\": \"llama\"}");
  }
  fs::path add_snapshot(const std::string& rev) {
    const fs::path dir = repo / "snapshots" / rev;
    fs::create_directories(dir);
    fs::create_symlink(fs::path("../../blobs/0123abcd"), dir / "config.json");
    return dir;
  }
  fs::path hub;
  fs::path repo;
};

TEST(LocateModel, RefsMainNamesTheSnapshot) {
  testing::ScratchDir scratch("model_location");
  FakeCache cache(scratch.path());
  cache.add_snapshot("1111");
  const fs::path want = cache.add_snapshot("2222");
  testing::write_file(cache.repo / "refs" / "main", "2222\n");
  auto dir = locate_model("org/model", env_of({{"HF_HUB_CACHE", cache.hub.string()}}));
  ASSERT_TRUE(dir.ok()) << dir.error().message();
  EXPECT_EQ(*dir, want);
}

TEST(LocateModel, WithoutRefsTheOnlySnapshotIsUsed) {
  testing::ScratchDir scratch("model_location");
  FakeCache cache(scratch.path());
  const fs::path want = cache.add_snapshot("abcd");
  auto dir = locate_model("org/model", env_of({{"HF_HOME", scratch.path().string()}}));
  ASSERT_TRUE(dir.ok()) << dir.error().message();
  EXPECT_EQ(*dir, want);

  cache.add_snapshot("ef01");
  auto two = locate_model("org/model", env_of({{"HF_HOME", scratch.path().string()}}));
  ASSERT_FALSE(two.ok());
  EXPECT_NE(two.error().message().find("2 snapshots (abcd, ef01)"), std::string::npos)
      << two.error().message();
}

TEST(LocateModel, ALocalDirectoryWins) {
  testing::ScratchDir scratch("model_location");
  FakeCache cache(scratch.path());
  cache.add_snapshot("abcd");
  const fs::path local = scratch.path() / "org" / "model";
  fs::create_directories(local);
  auto dir = locate_model(local.string(), env_of({{"HF_HUB_CACHE", cache.hub.string()}}));
  ASSERT_TRUE(dir.ok());
  EXPECT_EQ(*dir, local);
}

TEST(LocateModel, ErrorsSayWhereItLookedAndHowToDownload) {
  testing::ScratchDir scratch("model_location");
  auto missing = locate_model("mlx-community/Qwen3-0.6B-4bit",
                              env_of({{"HF_HUB_CACHE", (scratch.path() / "hub").string()}}));
  ASSERT_FALSE(missing.ok());
  const std::string m = missing.error().message();
  EXPECT_NE(m.find((scratch.path() / "hub" / "models--mlx-community--Qwen3-0.6B-4bit").string()),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("huggingface-cli download mlx-community/Qwen3-0.6B-4bit"), std::string::npos)
      << m;

  auto not_a_name = locate_model("no/such/dir", env_of({}));
  ASSERT_FALSE(not_a_name.ok());
  EXPECT_NE(not_a_name.error().message().find("no such directory"), std::string::npos);

  const fs::path file = scratch.path() / "file.txt";
  testing::write_file(file, "x");
  auto a_file = locate_model(file.string(), env_of({}));
  ASSERT_FALSE(a_file.ok());
  EXPECT_NE(a_file.error().message().find("not a directory"), std::string::npos);
}

TEST(LocateModel, BrokenCacheEntriesAreNamed) {
  testing::ScratchDir scratch("model_location");
  FakeCache cache(scratch.path());
  const auto env = env_of({{"HF_HUB_CACHE", cache.hub.string()}});
  testing::write_file(cache.repo / "refs" / "main", "9999\n");
  auto dangling = locate_model("org/model", env);
  ASSERT_FALSE(dangling.ok());
  EXPECT_NE(dangling.error().message().find("refs/main names 9999"), std::string::npos)
      << dangling.error().message();

  testing::write_file(cache.repo / "refs" / "main", "../../../etc\n");
  auto escape = locate_model("org/model", env);
  ASSERT_FALSE(escape.ok());
  EXPECT_NE(escape.error().message().find("not a commit id"), std::string::npos)
      << escape.error().message();

  fs::create_directories(cache.repo / "snapshots" / "7777");
  testing::write_file(cache.repo / "refs" / "main", "7777");
  auto incomplete = locate_model("org/model", env);
  ASSERT_FALSE(incomplete.ok());
  EXPECT_NE(incomplete.error().message().find("has no config.json"), std::string::npos)
      << incomplete.error().message();
}

/// Hostile cache entries end in an error, within the bounded-run time and memory limits: a FIFO
/// or an oversized file named refs/main (read without blocking or slurping), a snapshot link
/// that loops.
TEST(LocateModel, HostileCacheEntriesFailWithinBounds) {
  testing::ScratchDir scratch("model_location");
  FakeCache cache(scratch.path());
  cache.add_snapshot("abcd");
  const std::string hub = cache.hub.string();
  const auto locate = [hub] {
    auto dir = locate_model("org/model", env_of({{"HF_HUB_CACHE", hub}}));
    return dir.ok() ? std::string("ok: ") + dir->string() : dir.error().message();
  };

  ASSERT_EQ(mkfifo((cache.repo / "refs" / "main").c_str(), 0600), 0);
  const testing::BoundedOutcome fifo = testing::run_bounded(locate);
  ASSERT_TRUE(fifo.finished) << fifo.describe();
  EXPECT_NE(fifo.text.find("refs/main"), std::string::npos) << fifo.text;
  EXPECT_EQ(fifo.text.rfind("ok: ", 0), std::string::npos) << fifo.text;

  std::filesystem::remove(cache.repo / "refs" / "main");
  testing::write_file(cache.repo / "refs" / "main", std::string(64 << 20, 'a'));
  const testing::BoundedOutcome huge = testing::run_bounded(locate);
  ASSERT_TRUE(huge.finished) << huge.describe();
  EXPECT_EQ(huge.text.rfind("ok: ", 0), std::string::npos) << huge.text;

  std::filesystem::remove(cache.repo / "refs" / "main");
  testing::write_file(cache.repo / "refs" / "main", "loop");
  std::filesystem::create_directories(cache.repo / "snapshots");
  std::filesystem::create_symlink("loop", cache.repo / "snapshots" / "loop");
  const testing::BoundedOutcome loop = testing::run_bounded(locate);
  ASSERT_TRUE(loop.finished) << loop.describe();
  EXPECT_EQ(loop.text.rfind("ok: ", 0), std::string::npos) << loop.text;
}

}  // namespace
}  // namespace mlxla::checkpoint

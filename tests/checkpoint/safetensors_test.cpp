// safetensors reader/writer: round trips (aligned and unaligned data), and a corpus of malformed
// files built here, each rejected with an error that names the problem.
// ctest-labels: unit
#include "checkpoint/safetensors.h"

#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace mlxla::checkpoint {
namespace {

std::span<const std::byte> as_bytes_of(const std::string& s) {
  return {reinterpret_cast<const std::byte*>(s.data()), s.size()};
}

// A file image: little-endian header length, `header` text, then `data_bytes` bytes of data.
std::string make_image(const std::string& header, size_t data_bytes, uint64_t declared_len) {
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((declared_len >> (8 * i)) & 0xff);
  out += header;
  out.append(data_bytes, '\x5a');
  return out;
}
std::string make_image(const std::string& header, size_t data_bytes) {
  return make_image(header, data_bytes, header.size());
}

template <typename T>
std::span<const std::byte> bytes_of(const std::vector<T>& v) {
  return {reinterpret_cast<const std::byte*>(v.data()), v.size() * sizeof(T)};
}

TEST(Safetensors, RoundTripUnalignedAndAligned) {
  testing::ScratchDir dir("safetensors");
  std::vector<uint8_t> odd = {1, 2, 3};  // three bytes first: every later tensor starts unaligned
  std::vector<float> f32 = {1.5f, -2.25f, 3.0f, 1e-30f, -0.0f, 7.0f};
  std::vector<uint16_t> f16 = {0x3c00, 0xc000, 0x7bff, 0x0001};
  std::vector<uint32_t> u32 = {0xdeadbeef, 0x01234567};
  std::vector<TensorToWrite> tensors = {
      {"a.odd", DType::kU8, {3}, bytes_of(odd)},  {"b.f32", DType::kF32, {2, 3}, bytes_of(f32)},
      {"c.f16", DType::kF16, {4}, bytes_of(f16)}, {"d.u32", DType::kU32, {1, 2}, bytes_of(u32)},
      {"e.empty", DType::kF32, {0, 5}, {}},
  };
  for (bool align : {false, true}) {
    const auto path = dir / (align ? "aligned.safetensors" : "packed.safetensors");
    ASSERT_TRUE(write_safetensors(path, tensors, {{"format", "mlx"}}, align).ok());
    auto file = SafetensorsFile::open(path);
    ASSERT_TRUE(file.ok()) << file.error().message();
    EXPECT_EQ(file->metadata().at("format"), "mlx");
    ASSERT_EQ(file->tensors().size(), tensors.size());
    for (const auto& t : tensors) {
      auto view = file->get(t.name);
      ASSERT_TRUE(view.ok()) << view.error().message();
      EXPECT_EQ(view->dtype(), t.dtype);
      EXPECT_EQ(std::vector<int64_t>(view->shape().begin(), view->shape().end()), t.shape);
      ASSERT_EQ(view->nbytes(), t.bytes.size());
      if (!t.bytes.empty()) {  // memcmp with a null pointer is undefined even for 0 bytes
        EXPECT_EQ(std::memcmp(view->data, t.bytes.data(), t.bytes.size()), 0) << t.name;
      }
    }
    auto fv = file->get("b.f32");
    const std::byte* odd_data = file->get("a.odd")->data;
    EXPECT_EQ(fv->data - odd_data, 3);  // packed back to back, no padding between tensors
    if (align) {
      // The data section starts 8-aligned in the mapping, so "b.f32" sits at 3 mod 8.
      EXPECT_TRUE(file->get("a.odd")->aligned(8));
      EXPECT_FALSE(fv->aligned(4));
    }
    for (size_t i = 0; i < f32.size(); ++i) {
      EXPECT_EQ(std::memcmp(&f32[i], &fv->data[i * 4], 4), 0);
      const float got = fv->load<float>(i);
      EXPECT_EQ(std::memcmp(&got, &f32[i], 4), 0);
    }
    EXPECT_EQ(file->get("d.u32")->load<uint32_t>(0), 0xdeadbeefu);
    EXPECT_EQ(file->get("c.f16")->load<uint16_t>(2), 0x7bffu);
    EXPECT_EQ(file->find("nope"), nullptr);
    auto missing = file->get("nope");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().category(), ErrorCategory::kNotFound);
    EXPECT_NE(missing.error().message().find("'nope'"), std::string::npos);
  }
}

TEST(Safetensors, AlignedWriterPadsHeaderToEightBytes) {
  testing::ScratchDir dir("safetensors-align");
  std::vector<float> f32 = {1.0f};
  ASSERT_TRUE(
      write_safetensors(dir / "x.safetensors", {{"x", DType::kF32, {1}, bytes_of(f32)}}, {}, true)
          .ok());
  std::string image = testing::read_file(dir / "x.safetensors");
  uint64_t len = 0;
  std::memcpy(&len, image.data(), 8);
  EXPECT_EQ((8 + len) % 8, 0u);
  EXPECT_EQ(image.size(), 8 + len + 4);
}

TEST(Safetensors, WriterRejectsByteCountMismatch) {
  testing::ScratchDir dir("safetensors-bad-write");
  std::vector<float> f32 = {1.0f, 2.0f};
  Status s = write_safetensors(dir / "x.safetensors", {{"x", DType::kF32, {3}, bytes_of(f32)}}, {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message().find("'x'"), std::string::npos);
}

struct Malformed {
  const char* label;
  std::string image;
  const char* expected;  // substring of the error message
};

std::vector<Malformed> malformed_corpus() {
  const std::string ok_entry = R"("t":{"dtype":"F32","shape":[2],"data_offsets":[0,8]})";
  return {
      {"empty file", "", "too short"},
      {"truncated length", std::string("\x10\x00\x00", 3), "too short"},
      {"header longer than file", make_image("{}", 0, 4096), "larger than the rest of the file"},
      {"absurd header length", make_image("{}", 0, uint64_t{1} << 62), "exceeds the limit"},
      {"header not JSON", make_image("{\"t\":", 0), "not valid JSON"},
      {"header JSON array", make_image("[1,2]", 0), "not an object"},
      {"entry not object", make_image(R"({"t":5})", 0), "entry is not a JSON object"},
      {"missing dtype", make_image(R"({"t":{"shape":[1],"data_offsets":[0,4]}})", 4),
       "missing field 'dtype'"},
      {"dtype not string", make_image(R"({"t":{"dtype":4,"shape":[1],"data_offsets":[0,4]}})", 4),
       "'dtype' is not a string"},
      {"unknown dtype", make_image(R"({"t":{"dtype":"F12","shape":[1],"data_offsets":[0,4]}})", 4),
       "unknown dtype 'F12'"},
      {"missing shape", make_image(R"({"t":{"dtype":"F32","data_offsets":[0,4]}})", 4),
       "missing field 'shape'"},
      {"shape not array", make_image(R"({"t":{"dtype":"F32","shape":4,"data_offsets":[0,4]}})", 4),
       "'shape' is not an array"},
      {"negative dim", make_image(R"({"t":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", 4),
       "'shape'[0] is negative"},
      {"float dim", make_image(R"({"t":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}})", 4),
       "'shape'[0] is not an integer"},
      {"dim beyond int64",
       make_image(R"({"t":{"dtype":"F32","shape":[18446744073709551615],"data_offsets":[0,4]}})",
                  4),
       "overflows int64"},
      {"element count overflow",
       make_image(R"({"t":{"dtype":"U8","shape":[4294967296,4294967296],"data_offsets":[0,0]}})",
                  0),
       "element count overflows int64"},
      {"byte size overflow",
       make_image(R"({"t":{"dtype":"F64","shape":[4611686018427387904],"data_offsets":[0,0]}})", 0),
       "byte size overflows int64"},
      {"missing data_offsets", make_image(R"({"t":{"dtype":"F32","shape":[1]}})", 4),
       "missing field 'data_offsets'"},
      {"data_offsets one value",
       make_image(R"({"t":{"dtype":"F32","shape":[1],"data_offsets":[4]}})", 4),
       "array of two integers"},
      {"negative offset",
       make_image(R"({"t":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}})", 4),
       "'data_offsets'[0] is negative"},
      {"begin after end",
       make_image(R"({"t":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}})", 8), "is after end"},
      {"shape x size != span",
       make_image(R"({"t":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", 12),
       "does not match shape x dtype size"},
      {"span outside file", make_image("{" + ok_entry + "}", 6), "outside the data section"},
      {"overlapping spans",
       make_image(
           R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
           8),
       "overlapping"},
      {"metadata not object", make_image(R"({"__metadata__":[1],)" + ok_entry + "}", 8),
       "'__metadata__' is not"},
      {"metadata value not string",
       make_image(R"({"__metadata__":{"format":1},)" + ok_entry + "}", 8),
       "value of 'format' is not a string"},
      {"duplicate tensor", make_image("{" + ok_entry + "," + ok_entry + "}", 8), "'t' twice"},
      {"empty tensor name",
       make_image(R"({"":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", 4), "empty name"},
  };
}

TEST(Safetensors, MalformedCorpusIsRejectedWithNamedErrors) {
  auto corpus = malformed_corpus();
  EXPECT_GE(corpus.size(), 20u);
  for (const auto& m : corpus) {
    auto file = SafetensorsFile::parse(as_bytes_of(m.image), "bad.safetensors");
    ASSERT_FALSE(file.ok()) << m.label;
    const std::string& msg = file.error().message();
    EXPECT_EQ(file.error().category(), ErrorCategory::kFormat) << m.label;
    EXPECT_NE(msg.find(m.expected), std::string::npos) << m.label << ": " << msg;
    EXPECT_EQ(msg.rfind("bad.safetensors", 0), 0u) << m.label << ": " << msg;
  }
}

TEST(Safetensors, ErrorsNameTheTensor) {
  auto file = SafetensorsFile::parse(
      as_bytes_of(make_image(
          R"({"model.norm.weight":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", 8)),
      "w.safetensors");
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.error().message().find("tensor 'model.norm.weight'"), std::string::npos);
  EXPECT_NE(file.error().message().find("data_offsets"), std::string::npos);
}

TEST(Safetensors, EveryTruncationOfAValidFileFails) {
  std::string image = make_image(
      R"({"__metadata__":{"format":"mlx"},"a":{"dtype":"F16","shape":[3],"data_offsets":[0,6]},)"
      R"("b":{"dtype":"U32","shape":[2],"data_offsets":[6,14]}})",
      14);
  ASSERT_TRUE(SafetensorsFile::parse(as_bytes_of(image), "full").ok());
  for (size_t n = 0; n < image.size(); ++n) {
    auto file = SafetensorsFile::parse(as_bytes_of(image.substr(0, n)), "cut");
    EXPECT_FALSE(file.ok()) << "prefix of " << n << " bytes";
  }
}

TEST(Safetensors, TruncatedFileOnDisk) {
  testing::ScratchDir dir("safetensors-trunc");
  std::vector<float> f32(16, 1.0f);
  const auto path = dir / "t.safetensors";
  ASSERT_TRUE(write_safetensors(path, {{"w", DType::kF32, {16}, bytes_of(f32)}}, {}).ok());
  std::string image = testing::read_file(path);
  testing::write_file(path, image.substr(0, image.size() - 5));
  auto file = SafetensorsFile::open(path);
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.error().message().find(path.string()), std::string::npos);
  EXPECT_NE(file.error().message().find("tensor 'w'"), std::string::npos);
  EXPECT_NE(file.error().message().find("outside the data section"), std::string::npos);
  auto missing = SafetensorsFile::open(dir / "absent.safetensors");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().category(), ErrorCategory::kNotFound);
}

TEST(Safetensors, AcceptsAllDtypesAndPaddedHeader) {
  std::string header = "{";
  uint64_t offset = 0;
  const char* names[] = {"F64", "F32", "F16", "BF16", "I64",  "I32",     "I16",    "I8",
                         "U64", "U32", "U16", "U8",   "BOOL", "F8_E4M3", "F8_E5M2"};
  for (const char* n : names) {
    const uint64_t size = dtype_size(*dtype_from_safetensors_name(n));
    if (header.size() > 1) header += ",";
    header += "\"t_" + std::string(n) + "\":{\"dtype\":\"" + n +
              "\",\"shape\":[1],\"data_offsets\":[" + std::to_string(offset) + "," +
              std::to_string(offset + size) + "]}";
    offset += size;
  }
  header += "}   ";  // trailing spaces are allowed padding
  auto file = SafetensorsFile::parse(as_bytes_of(make_image(header, offset)), "all");
  ASSERT_TRUE(file.ok()) << file.error().message();
  EXPECT_EQ(file->tensors().size(), 15u);
}

}  // namespace
}  // namespace mlxla::checkpoint

// The SPIR-V of every compute shader under shaders/, compiled by glslc at build time and
// embedded by cmake/embed_spirv.cmake (no file is read at run time).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace mlxla::runtime::vulkan {

struct ShaderCode {
  const char* name;  ///< the .comp file's stem: "qdot", "attention", ...
  const uint32_t* words;
  size_t count;
};

/// Every embedded shader.
std::span<const ShaderCode> shader_table();

}  // namespace mlxla::runtime::vulkan

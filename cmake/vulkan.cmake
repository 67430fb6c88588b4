# MLXLA_VULKAN: the Vulkan compute backend (src/runtime/vulkan). Default ON when the Vulkan
# headers/loader and glslc are found. GLSL compute shaders under src/runtime/vulkan/shaders are
# compiled by glslc at build time and embedded as SPIR-V words in a generated .cpp: no runtime
# file lookup.
find_package(Vulkan QUIET)
find_program(MLXLA_GLSLC glslc)
if(Vulkan_FOUND AND MLXLA_GLSLC)
  set(mlxla_vulkan_default ON)
else()
  set(mlxla_vulkan_default OFF)
endif()
option(MLXLA_VULKAN "Build the Vulkan compute backend" ${mlxla_vulkan_default})
if(MLXLA_VULKAN AND NOT (Vulkan_FOUND AND MLXLA_GLSLC))
  message(FATAL_ERROR "MLXLA_VULKAN=ON needs libvulkan-dev and glslc (scripts/install-deps.sh)")
endif()
if(NOT MLXLA_VULKAN)
  message(STATUS "mlxla: Vulkan backend OFF (needs libvulkan-dev and glslc; found Vulkan="
                 "${Vulkan_FOUND}, glslc=${MLXLA_GLSLC})")
endif()

# mlxla_vulkan_shaders(<target>): compiles every shaders/*.comp to SPIR-V and adds the generated
# embedding (vulkan_shaders.cpp, vulkan/shaders.h's table) to <target>.
function(mlxla_vulkan_shaders target)
  set(dir ${PROJECT_SOURCE_DIR}/src/runtime/vulkan/shaders)
  file(GLOB comps CONFIGURE_DEPENDS ${dir}/*.comp)
  file(GLOB includes CONFIGURE_DEPENDS ${dir}/*.glsl)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/vulkan_shaders)
  # Variants: the same source with a macro defined, embedded under its own name (qdot_fast with
  # packed int8 dot products declares capabilities a device without them must not see).
  set(variants "qdot_fast_int8:qdot_fast:MLXLA_INT8_DOT")
  set(builds)
  foreach(comp IN LISTS comps)
    get_filename_component(name ${comp} NAME_WE)
    list(APPEND builds "${name}:${name}:")
  endforeach()
  list(APPEND builds ${variants})
  set(spvs)
  foreach(build IN LISTS builds)
    string(REPLACE ":" ";" parts "${build}")
    list(GET parts 0 name)
    list(GET parts 1 source)
    list(LENGTH parts nparts)
    set(defines)
    if(nparts GREATER 2)
      list(GET parts 2 macro)
      if(macro)
        set(defines -D${macro}=1)
      endif()
    endif()
    set(comp ${dir}/${source}.comp)
    set(spv ${out}/${name}.spv)
    add_custom_command(
      OUTPUT ${spv}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out}
      COMMAND ${MLXLA_GLSLC} --target-env=vulkan1.1 -O -Werror ${defines} -I ${dir} -o ${spv}
              ${comp}
      DEPENDS ${comp} ${includes}
      COMMENT "glslc ${name}.comp"
      VERBATIM)
    list(APPEND spvs ${spv})
  endforeach()
  set(gen ${out}/vulkan_shaders.cpp)
  add_custom_command(
    OUTPUT ${gen}
    COMMAND ${CMAKE_COMMAND} -DOUT=${gen} "-DSPVS=${spvs}" -P
            ${PROJECT_SOURCE_DIR}/cmake/embed_spirv.cmake
    DEPENDS ${spvs} ${PROJECT_SOURCE_DIR}/cmake/embed_spirv.cmake
    COMMENT "embedding SPIR-V"
    VERBATIM)
  target_sources(${target} PRIVATE ${gen})
endfunction()

# Dear ImGui 1.86, compiled from Debian's source package (scripts/install-deps.sh wasm puts it in
# build/deps/). The one place that knows where the sources are and which files make the core;
# the widget (wasm/) adds the OpenGL ES 3 backend, the native UI tests (tests/ui-smoke.cmake)
# use the core alone.
#
#   polity_add_imgui(<target> [OPENGL3])

set(POLITY_IMGUI_DIR "${CMAKE_SOURCE_DIR}/build/deps/imgui-1.86"
    CACHE PATH "Dear ImGui 1.86 sources (fetched by scripts/install-deps.sh wasm)")

function(polity_add_imgui target)
  cmake_parse_arguments(arg "OPENGL3" "" "" ${ARGN})
  if(NOT EXISTS "${POLITY_IMGUI_DIR}/imgui.cpp")
    message(FATAL_ERROR "Dear ImGui 1.86 sources not found in ${POLITY_IMGUI_DIR} (needed by ${target}).\n"
                        "Run: scripts/install-deps.sh wasm   (or set -DPOLITY_IMGUI_DIR=<folder>)")
  endif()
  set(sources ${POLITY_IMGUI_DIR}/imgui.cpp ${POLITY_IMGUI_DIR}/imgui_draw.cpp
              ${POLITY_IMGUI_DIR}/imgui_tables.cpp ${POLITY_IMGUI_DIR}/imgui_widgets.cpp)
  if(arg_OPENGL3)
    list(APPEND sources ${POLITY_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  endif()
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} SYSTEM PUBLIC ${POLITY_IMGUI_DIR})
  if(arg_OPENGL3)
    target_include_directories(${target} SYSTEM PUBLIC ${POLITY_IMGUI_DIR}/backends)
  endif()
  target_compile_options(${target} PRIVATE -w)   # third-party code, compiled as shipped
endfunction()

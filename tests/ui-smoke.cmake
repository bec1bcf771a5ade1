# The UI smoke test: the widget's app and views (wasm/app.cpp, wasm/views/) drawn by Dear ImGui
# natively and headless — no window, no GPU — on the shipped dataset and a large generated one.
# Included by tests/CMakeLists.txt. Without the ImGui sources the configure step stops and says
# how to fetch them: a test suite that silently lost its UI tests would still pass.
#
# Index of this file
# [SECTION] Dear ImGui (core only)
# [SECTION] The app and its views
# [SECTION] The test

#-----------------------------------------------------------------------------
# [SECTION] Dear ImGui (core only)
# No backend: the test fills io.DisplaySize and the mouse itself and reads the draw data.
#-----------------------------------------------------------------------------

polity_add_imgui(imgui_native)

#-----------------------------------------------------------------------------
# [SECTION] The app and its views
# The same sources as the WebAssembly widget, minus the platform layer.
#-----------------------------------------------------------------------------

file(GLOB POLITY_UI_VIEWS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/wasm/views/*.cpp)
add_library(polity_ui_native STATIC ${CMAKE_SOURCE_DIR}/wasm/app.cpp ${CMAKE_SOURCE_DIR}/wasm/app_access.cpp
            ${CMAKE_SOURCE_DIR}/wasm/app_downloads.cpp ${CMAKE_SOURCE_DIR}/wasm/app_fit.cpp ${CMAKE_SOURCE_DIR}/wasm/app_input.cpp
            ${CMAKE_SOURCE_DIR}/wasm/platform/gestures.cpp
            ${CMAKE_SOURCE_DIR}/wasm/link_state.cpp
            ${POLITY_UI_VIEWS})
target_include_directories(polity_ui_native PUBLIC ${CMAKE_SOURCE_DIR}/wasm)
target_link_libraries(polity_ui_native PUBLIC polity imgui_native)

#-----------------------------------------------------------------------------
# [SECTION] The test
#-----------------------------------------------------------------------------

set(POLITY_UI_TESTS unit-ui-smoke.cpp ui-link-state.cpp ui-access.cpp ui-keyboard.cpp ui-downloads.cpp ui-links.cpp
    ui-gestures.cpp ui-targets.cpp ui-story.cpp ui-article.cpp ui-whole-words.cpp)
if(TARGET doctest_main)
  add_executable(unit-ui-smoke ${POLITY_UI_TESTS})
  target_link_libraries(unit-ui-smoke PRIVATE doctest_main)
else()
  add_executable(unit-ui-smoke ${POLITY_UI_TESTS} main.cpp)
  target_link_libraries(unit-ui-smoke PRIVATE doctest::doctest)
endif()
target_link_libraries(unit-ui-smoke PRIVATE polity_ui_native)
if(TARGET polity_generator)   # the large-dataset case needs the dataset generator (tools/)
  target_link_libraries(unit-ui-smoke PRIVATE polity_generator)
  target_compile_definitions(unit-ui-smoke PRIVATE POLITY_HAVE_GENERATOR=1)
endif()
target_compile_definitions(unit-ui-smoke PRIVATE POLITY_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
                           POLITY_FONT_SOURCE="${POLITY_FONT_SOURCE}" POLITY_FONT_UNICODES="${POLITY_FONT_UNICODES}")
doctest_discover_tests(unit-ui-smoke)

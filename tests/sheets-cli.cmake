# The polity command line on CSV sheets, as an editor runs it. Run with cmake -P and
#   -DPOLITY=<polity executable> -DDATASET=<dataset.json> -DWORK=<scratch folder> -DMODE=<mode>
# MODE round-trip:     export, import, and the same JSON value comes back (CMake compares
#                      JSON values, not bytes: key order and layout do not count); exporting
#                      that again gives the same sheets byte for byte.
# MODE broken-sheets:  a misspelt id in roles.csv makes import exit 1, name roles.csv, the
#                      row and the column, and write nothing.
cmake_minimum_required(VERSION 3.20)

include("${CMAKE_CURRENT_LIST_DIR}/cli-run.cmake")

file(REMOVE_RECURSE "${WORK}")
run(0 "${POLITY}" export "${DATASET}" -o "${WORK}/sheets")
if(stderr MATCHES "warning")
  message(FATAL_ERROR "export reported a loss:\n${stderr}")
endif()

if(MODE STREQUAL "round-trip")
  run(0 "${POLITY}" import -o "${WORK}/back.json" "${WORK}/sheets")
  file(READ "${DATASET}" original)
  file(READ "${WORK}/back.json" back)
  string(JSON same EQUAL "${original}" "${back}")
  if(NOT same)
    message(FATAL_ERROR "import(export(dataset)) differs from the dataset; see ${WORK}/back.json")
  endif()
  run(0 "${POLITY}" export "${WORK}/back.json" -o "${WORK}/again")
  file(GLOB sheets RELATIVE "${WORK}/sheets" "${WORK}/sheets/*.csv")
  list(LENGTH sheets count)
  if(count LESS 13)
    message(FATAL_ERROR "expected 13 sheets, found ${count}: ${sheets}")
  endif()
  foreach(sheet IN LISTS sheets)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${WORK}/sheets/${sheet}" "${WORK}/again/${sheet}"
                    RESULT_VARIABLE differ)
    if(differ)
      message(FATAL_ERROR "${sheet} differs after a second export")
    endif()
  endforeach()
elseif(MODE STREQUAL "broken-sheets")
  file(READ "${WORK}/sheets/roles.csv" roles)
  string(REPLACE ",supreme-judicial-council" ",supreme-judicial-cuoncil" roles "${roles}")
  file(WRITE "${WORK}/sheets/roles.csv" "${roles}")
  run(1 "${POLITY}" import -o "${WORK}/broken.json" "${WORK}/sheets")
  if(NOT stderr MATCHES "roles\\.csv:[0-9]+: error: column \"institution\": unknown id 'supreme-judicial-cuoncil'[^\n]*did you mean 'supreme-judicial-council'")
    message(FATAL_ERROR "the error does not name roles.csv, its row and column:\n${stderr}")
  endif()
  if(EXISTS "${WORK}/broken.json" OR EXISTS "${WORK}/broken.json.partial")
    message(FATAL_ERROR "import wrote a file despite errors")
  endif()
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()

# The polity command line refuses a file over the size limit before reading it: the message
# gives the file's exact size, which only a look at the file system (not a read that stops at
# the limit) can know. The files are sparse: 65 MiB on paper, no disk space used.
# Run with cmake -P and -DPOLITY=<polity executable> -DWORK=<scratch folder>.
cmake_minimum_required(VERSION 3.20)

include("${CMAKE_CURRENT_LIST_DIR}/cli-run.cmake")

function(sparse path bytes)
  execute_process(COMMAND truncate -s ${bytes} "${path}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "cannot make the sparse file ${path}")
  endif()
endfunction()

set(size 68157440)   # 65 MiB; the limit is 64 MiB = 67108864 bytes
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/sheets")

sparse("${WORK}/big.json" ${size})
run(1 "${POLITY}" check "${WORK}/big.json")
if(NOT "${stdout}${stderr}" MATCHES "big\\.json: error: file is too large \\(${size} bytes; the limit is 67108864\\)")
  message(FATAL_ERROR "check did not refuse the file by its size:\n${stdout}${stderr}")
endif()

file(WRITE "${WORK}/sheets/meta.csv" "field,value\ntitle,T\nlanguages,en\ndate,2025\nsources,s\n")
sparse("${WORK}/sheets/people.csv" ${size})
run(1 "${POLITY}" import -o "${WORK}/out.json" "${WORK}/sheets")
if(NOT "${stdout}${stderr}" MATCHES "people\\.csv[^\n]*too large \\(${size} bytes; the limit is 67108864\\)")
  message(FATAL_ERROR "import did not refuse the sheet by its size:\n${stdout}${stderr}")
endif()

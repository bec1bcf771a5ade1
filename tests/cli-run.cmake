# What the command-line test scripts (cmake -P) share: run(STATUS COMMAND...) runs a command,
# fails the test unless it exits with STATUS, and leaves its output in `stdout` and `stderr`.
function(run expected_status)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL expected_status)
    message(FATAL_ERROR "'${ARGN}' exited ${status}, not ${expected_status}:\n${out}${err}")
  endif()
  set(stdout "${out}" PARENT_SCOPE)
  set(stderr "${err}" PARENT_SCOPE)
endfunction()

# The man page and the shell completions: installed with the program, and checked where the
# tools exist (the completions' contents against --help are checked by tests/cli/tst_clidocs).
include(GNUInstallDirs)
# stagecraft_install_compressed comes from packaging/install.cmake, included first.
set(stagecraft_docs ${CMAKE_CURRENT_LIST_DIR})

stagecraft_install_compressed(${stagecraft_docs}/man/stagecraft.1 ${CMAKE_INSTALL_MANDIR}/man1)
# Where bash-completion, zsh and fish look for the completions of installed programs.
install(FILES ${stagecraft_docs}/completions/stagecraft.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME stagecraft)
install(FILES ${stagecraft_docs}/completions/_stagecraft DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${stagecraft_docs}/completions/stagecraft.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

if(BUILD_TESTING)
  # Each shell reads its own completion without running it (-n); groff reads the page with
  # every warning on and must print none.
  foreach(shell_and_file IN ITEMS "bash|stagecraft.bash" "zsh|_stagecraft" "fish|stagecraft.fish")
    string(REPLACE "|" ";" pair "${shell_and_file}")
    list(GET pair 0 shell)
    list(GET pair 1 file)
    find_program(STAGECRAFT_${shell}_PROGRAM ${shell})
    if(STAGECRAFT_${shell}_PROGRAM)
      add_test(NAME docs/${shell}-completion-syntax COMMAND ${STAGECRAFT_${shell}_PROGRAM} -n ${stagecraft_docs}/completions/${file})
    else()
      message(STATUS "${shell} is not installed: the syntax of packaging/completions/${file} is not checked")
    endif()
  endforeach()
  find_program(STAGECRAFT_GROFF_PROGRAM groff)
  if(STAGECRAFT_GROFF_PROGRAM)
    add_test(NAME docs/man-page-warnings COMMAND ${STAGECRAFT_GROFF_PROGRAM} -man -ww -z ${stagecraft_docs}/man/stagecraft.1)
    # groff exits 0 even after a warning: any output on stderr fails the test.
    set_tests_properties(docs/man-page-warnings PROPERTIES FAIL_REGULAR_EXPRESSION "warning|error")
  else()
    message(STATUS "groff is not installed: packaging/man/stagecraft.1 is not checked for warnings")
  endif()
endif()

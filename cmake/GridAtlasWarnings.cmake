# One place for compiler warnings: every GridAtlas target calls gridatlas_warnings().
function(gridatlas_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
  if(GRIDATLAS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
